package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.Size;
import java.util.List;

/**
 * A trip plan.
 *
 * @param city where
 * @param stops in order
 * @param pace how busy
 */
@GeminiOutput
public record Itinerary(String city, @Size(min = 1) List<Stop> stops, Pace pace) {
  /** One stop. */
  public record Stop(String place, int minutes) {}

  /** How busy a trip is. */
  public enum Pace {
    RELAXED,
    BUSY
  }
}
