package test;

import dev.interactions4j.tools.GeminiTool;
import java.util.List;
import java.util.Optional;

/** Tools whose arguments and results are @GeminiOutput types, read and written by ItinerarySchema. */
@GeminiTool
public interface Planner {
  /** Plans a trip. @param city where to go */
  Itinerary plan(String city);

  /** Counts plans of a pace: a type nested in a @GeminiOutput type, not one itself. @param pace which */
  int count(Itinerary.Pace pace);

  /** Saves plans. @param plans what to save @param backup one more, if any */
  void save(List<Itinerary> plans, Optional<Itinerary> backup);
}
