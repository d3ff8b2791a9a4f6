package dev.interactions4j.sample;

import dev.interactions4j.tools.GeminiTool;
import dev.interactions4j.schema.Max;
import dev.interactions4j.schema.Min;
import java.time.LocalDate;
import java.util.List;

/** Tools of a small travel agent: weather and restaurant bookings. */
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
   * @param unit the temperature unit to answer in
   */
  Weather weather(String city, Unit unit);

  /**
   * Books a table at a restaurant.
   *
   * @param restaurant the restaurant's name
   * @param day the day of the booking
   * @param people how many people, 1 to 12
   */
  Booking book(String restaurant, LocalDate day, @Min(1) @Max(12) int people) throws BookingException;

  /**
   * Lists the restaurants open in a city.
   *
   * @param city city name
   */
  @GeminiTool.Name("list_restaurants")
  List<String> restaurants(String city);

  /**
   * The weather in a city.
   *
   * @param city the city
   * @param temperature the temperature in the unit asked for
   * @param sky e.g. "clear", "cloudy"
   */
  record Weather(String city, double temperature, String sky) {}

  /**
   * A confirmed booking.
   *
   * @param reference the booking reference
   * @param restaurant where
   * @param day when
   * @param people for how many
   */
  record Booking(String reference, String restaurant, LocalDate day, int people) {}

  /** A booking the restaurant refused. */
  final class BookingException extends Exception {
    private static final long serialVersionUID = 1L;

    public BookingException(String message) {
      super(message);
    }
  }
}
