package test;

import dev.interactions4j.schema.Description;
import dev.interactions4j.tools.GeminiTool;
import dev.interactions4j.schema.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tools of a travel agent. */
@GeminiTool
public interface TravelTools {

  /** Temperature units. */
  enum Unit {
    CELSIUS,
    FAHRENHEIT
  }

  /**
   * Current weather in a city.
   *
   * @param city city name, e.g. "Paris"
   * @param unit the unit to answer in
   */
  Weather weather(String city, Optional<Unit> unit);

  /**
   * Books a table.
   *
   * @param day the day
   */
  Booking book(@Description("The restaurant's name.") String restaurant, LocalDate day, @Min(1) int people)
      throws Exception;

  /** Opening hours by day for each restaurant in a city. @param city the city to look in */
  @GeminiTool.Name("opening_hours")
  Map<String, List<String>> hours(String city);

  /** Forgets every booking. */
  void reset();

  /** How many bookings are open. */
  int openBookings();

  /**
   * The weather.
   *
   * @param temperature in the unit asked for
   */
  record Weather(double temperature, String sky) {}

  /** A confirmed booking. */
  record Booking(String reference, LocalDate day) {}

  /** Not a function: default methods are ordinary code. */
  default String greeting() {
    return "hello";
  }
}
