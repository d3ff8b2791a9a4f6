package dev.interactions4j.sample;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.Min;
import dev.interactions4j.schema.NotBlank;
import dev.interactions4j.schema.Size;
import java.util.List;

/**
 * A short trip plan.
 *
 * @param city where the trip goes
 * @param days one entry per day, in order
 */
@GeminiOutput
public record Itinerary(@NotBlank String city, @Size(min = 1, max = 7) List<Day> days) {

  /**
   * One day of the trip.
   *
   * @param number the day's number, from 1
   * @param plan what to do that day
   */
  public record Day(@Min(1) int number, String plan) {}
}
