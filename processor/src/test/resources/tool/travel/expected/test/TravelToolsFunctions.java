package test;

import dev.interactions4j.internal.Checks;
import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonFormats;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputType;
import dev.interactions4j.tools.ToolSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;

/**
 * Function declarations and a typed dispatcher for {@link TravelTools}. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class TravelToolsFunctions {
  private static final String WEATHER_PARAMETERS = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\","
      + "\"description\":\"city name, e.g. \\\"Paris\\\"\"},\"unit\":{\"description\":\"the unit to answer in"
      + "\",\"anyOf\":[{\"type\":\"string\",\"description\":\"Temperature units.\","
      + "\"enum\":[\"CELSIUS\",\"FAHRENHEIT\"]},{\"type\":\"null\"}]}},"
      + "\"required\":[\"city\"],\"propertyOrdering\":[\"city\",\"unit\"]}";

  private static final String BOOK_PARAMETERS = "{\"type\":\"object\",\"properties\":{\"restaurant\":{\"type\":\"string\","
      + "\"description\":\"The restaurant's name.\"},\"day\":{\"type\":\"string\","
      + "\"description\":\"the day\",\"format\":\"date\"},\"people\":{\"type\":\"integer\","
      + "\"format\":\"int32\",\"minimum\":1}},\"required\":[\"restaurant\","
      + "\"day\",\"people\"],\"propertyOrdering\":[\"restaurant\",\"day\","
      + "\"people\"]}";

  private static final String HOURS_PARAMETERS = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\","
      + "\"description\":\"the city to look in\"}},\"required\":[\"city\"],"
      + "\"propertyOrdering\":[\"city\"]}";

  private static final String RESET_PARAMETERS = "{\"type\":\"object\",\"properties\":{}}";

  private static final String OPEN_BOOKINGS_PARAMETERS = "{\"type\":\"object\",\"properties\":{}}";

  /**
   * The function declarations of {@link TravelTools}, as sent in {@code tools}.
   */
  public static final String DECLARATIONS_JSON = "[{\"type\":\"function\",\"name\":\"weather\",\"description\":\"Current weather in a city.\","
      + "\"parameters\":"
      + WEATHER_PARAMETERS
      + "},{\"type\":\"function\",\"name\":\"book\",\"description\":\"Books a table.\","
      + "\"parameters\":"
      + BOOK_PARAMETERS
      + "},{\"type\":\"function\",\"name\":\"opening_hours\",\"description\":\"Opening hours by day for each "
      + "restaurant in a city.\",\"parameters\":"
      + HOURS_PARAMETERS
      + "},{\"type\":\"function\",\"name\":\"reset\",\"description\":\"Forgets every booking.\","
      + "\"parameters\":"
      + RESET_PARAMETERS
      + "},{\"type\":\"function\",\"name\":\"openBookings\",\"description\":\"How many bookings are open.\","
      + "\"parameters\":"
      + OPEN_BOOKINGS_PARAMETERS
      + "}]";

  private static final OutputType<WeatherArguments> WEATHER_ARGUMENTS = TrustedSchemas.outputType("test.TravelToolsFunctions.WeatherArguments",
      WEATHER_PARAMETERS, TravelToolsFunctions::readWeatherArguments,
      TravelToolsFunctions::writeWeatherArguments);

  private static final OutputType<BookArguments> BOOK_ARGUMENTS = TrustedSchemas.outputType("test.TravelToolsFunctions.BookArguments",
      BOOK_PARAMETERS, TravelToolsFunctions::readBookArguments,
      TravelToolsFunctions::writeBookArguments);

  private static final OutputType<HoursArguments> HOURS_ARGUMENTS = TrustedSchemas.outputType("test.TravelToolsFunctions.HoursArguments",
      HOURS_PARAMETERS, TravelToolsFunctions::readHoursArguments,
      TravelToolsFunctions::writeHoursArguments);

  private static final OutputType<ResetArguments> RESET_ARGUMENTS = TrustedSchemas.outputType("test.TravelToolsFunctions.ResetArguments",
      RESET_PARAMETERS, TravelToolsFunctions::readResetArguments,
      TravelToolsFunctions::writeResetArguments);

  private static final OutputType<OpenBookingsArguments> OPEN_BOOKINGS_ARGUMENTS = TrustedSchemas.outputType("test.TravelToolsFunctions.OpenBookingsArguments",
      OPEN_BOOKINGS_PARAMETERS, TravelToolsFunctions::readOpenBookingsArguments,
      TravelToolsFunctions::writeOpenBookingsArguments);

  private TravelToolsFunctions() {
  }

  /**
   * The functions of {@code impl} as a tool set: each call's arguments are parsed and validated
   * before {@code impl} runs; invalid ones become error results.
   *
   * @param impl the implementation to call
   * @return its functions
   */
  public static ToolSet bind(TravelTools impl) {
    Objects.requireNonNull(impl, "impl");
    return ToolSet.of(
          TrustedSchemas.function("weather", "Current weather in a city.", WEATHER_PARAMETERS,
              json -> {
            WeatherArguments args = WEATHER_ARGUMENTS.parse(json);
            return JsonOutput.toJson(new WeatherResult(impl.weather(args.city(), args.unit())),
                TravelToolsFunctions::writeWeatherResult);
          }),
          TrustedSchemas.function("book", "Books a table.", BOOK_PARAMETERS, json -> {
            BookArguments args = BOOK_ARGUMENTS.parse(json);
            return JsonOutput.toJson(new BookResult(impl.book(args.restaurant(), args.day(), args.people())),
                TravelToolsFunctions::writeBookResult);
          }),
          TrustedSchemas.function("opening_hours",
              "Opening hours by day for each restaurant in a city.", HOURS_PARAMETERS, json -> {
            HoursArguments args = HOURS_ARGUMENTS.parse(json);
            return JsonOutput.toJson(new HoursResult(impl.hours(args.city())),
                TravelToolsFunctions::writeHoursResult);
          }),
          TrustedSchemas.function("reset", "Forgets every booking.", RESET_PARAMETERS, json -> {
            ResetArguments args = RESET_ARGUMENTS.parse(json);
            impl.reset();
            return null;
          }),
          TrustedSchemas.function("openBookings", "How many bookings are open.",
              OPEN_BOOKINGS_PARAMETERS, json -> {
            OpenBookingsArguments args = OPEN_BOOKINGS_ARGUMENTS.parse(json);
            return JsonOutput.toJson(new OpenBookingsResult(impl.openBookings()),
                TravelToolsFunctions::writeOpenBookingsResult);
          }));
  }

  private static WeatherArguments readWeatherArguments(JsonInput in) {
    String city = null;
    Optional<TravelTools.Unit> unit = Optional.empty();
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "city" -> city = in.readString();
        case "unit" -> unit = in.readOptional(TravelToolsFunctions::readTravelTools_Unit);
        default -> in.skipValue();
      }
    }
    in.require(city, "city", "a string");
    try {
      return new WeatherArguments(city, unit);
    } catch (RuntimeException e) {
      throw in.rejected("test.TravelToolsFunctions.WeatherArguments", e);
    }
  }

  private static void writeWeatherArguments(WeatherArguments value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("city");
    JsonOutput.writeString(value.city(), generator);
    if (value.unit().isPresent()) {
      generator.writeName("unit");
      JsonOutput.writeNullable(value.unit().get(), generator, TravelToolsFunctions::writeTravelTools_Unit);
    }
    generator.writeEndObject();
  }

  private static TravelTools.Unit readTravelTools_Unit(JsonInput in) {
    return switch (in.readString()) {
      case "CELSIUS" -> TravelTools.Unit.CELSIUS;
      case "FAHRENHEIT" -> TravelTools.Unit.FAHRENHEIT;
      default -> throw in.mismatch("one of \"CELSIUS\", \"FAHRENHEIT\"");
    };
  }

  private static void writeTravelTools_Unit(TravelTools.Unit value, JsonGenerator generator) {
    generator.writeString(value.name());
  }

  private static void writeWeatherResult(WeatherResult value, JsonGenerator generator) {
    generator.writeStartObject();
    if (value.result() != null) {
      generator.writeName("result");
      JsonOutput.writeNullable(value.result(), generator, TravelToolsFunctions::writeTravelTools_Weather);
    }
    generator.writeEndObject();
  }

  private static void writeTravelTools_Weather(TravelTools.Weather value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("temperature");
    JsonOutput.writeNumber(value.temperature(), generator);
    generator.writeName("sky");
    JsonOutput.writeString(value.sky(), generator);
    generator.writeEndObject();
  }

  private static BookArguments readBookArguments(JsonInput in) {
    String restaurant = null;
    LocalDate day = null;
    Integer people = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "restaurant" -> restaurant = in.readString();
        case "day" -> day = JsonFormats.readLocalDate(in);
        case "people" -> people = Checks.range(in, in.readInt(), "1", false, null, false);
        default -> in.skipValue();
      }
    }
    in.require(restaurant, "restaurant", "a string");
    in.require(day, "day", "a string in format date");
    in.require(people, "people", "an integer");
    try {
      return new BookArguments(restaurant, day, people);
    } catch (RuntimeException e) {
      throw in.rejected("test.TravelToolsFunctions.BookArguments", e);
    }
  }

  private static void writeBookArguments(BookArguments value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("restaurant");
    JsonOutput.writeString(value.restaurant(), generator);
    generator.writeName("day");
    JsonFormats.writeLocalDate(value.day(), generator);
    generator.writeName("people");
    JsonOutput.writeNumber(value.people(), generator);
    generator.writeEndObject();
  }

  private static void writeBookResult(BookResult value, JsonGenerator generator) {
    generator.writeStartObject();
    if (value.result() != null) {
      generator.writeName("result");
      JsonOutput.writeNullable(value.result(), generator, TravelToolsFunctions::writeTravelTools_Booking);
    }
    generator.writeEndObject();
  }

  private static void writeTravelTools_Booking(TravelTools.Booking value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("reference");
    JsonOutput.writeString(value.reference(), generator);
    generator.writeName("day");
    JsonFormats.writeLocalDate(value.day(), generator);
    generator.writeEndObject();
  }

  private static HoursArguments readHoursArguments(JsonInput in) {
    String city = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "city" -> city = in.readString();
        default -> in.skipValue();
      }
    }
    in.require(city, "city", "a string");
    try {
      return new HoursArguments(city);
    } catch (RuntimeException e) {
      throw in.rejected("test.TravelToolsFunctions.HoursArguments", e);
    }
  }

  private static void writeHoursArguments(HoursArguments value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("city");
    JsonOutput.writeString(value.city(), generator);
    generator.writeEndObject();
  }

  private static void writeHoursResult(HoursResult value, JsonGenerator generator) {
    generator.writeStartObject();
    if (value.result() != null) {
      generator.writeName("result");
      JsonOutput.writeMap(value.result(), generator, (v2, g2) -> JsonOutput.writeList(v2, g2, JsonOutput::writeString));
    }
    generator.writeEndObject();
  }

  private static ResetArguments readResetArguments(JsonInput in) {
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        default -> in.skipValue();
      }
    }
    try {
      return new ResetArguments();
    } catch (RuntimeException e) {
      throw in.rejected("test.TravelToolsFunctions.ResetArguments", e);
    }
  }

  private static void writeResetArguments(ResetArguments value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeEndObject();
  }

  private static OpenBookingsArguments readOpenBookingsArguments(JsonInput in) {
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        default -> in.skipValue();
      }
    }
    try {
      return new OpenBookingsArguments();
    } catch (RuntimeException e) {
      throw in.rejected("test.TravelToolsFunctions.OpenBookingsArguments", e);
    }
  }

  private static void writeOpenBookingsArguments(OpenBookingsArguments value,
      JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeEndObject();
  }

  private static void writeOpenBookingsResult(OpenBookingsResult value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("result");
    JsonOutput.writeNumber(value.result(), generator);
    generator.writeEndObject();
  }

  private record WeatherArguments(String city, Optional<TravelTools.Unit> unit) {
  }

  private record WeatherResult(TravelTools.Weather result) {
  }

  private record BookArguments(String restaurant, LocalDate day, int people) {
  }

  private record BookResult(TravelTools.Booking result) {
  }

  private record HoursArguments(String city) {
  }

  private record HoursResult(Map<String, List<String>> result) {
  }

  private record ResetArguments() {
  }

  private record OpenBookingsArguments() {
  }

  private record OpenBookingsResult(int result) {
  }
}
