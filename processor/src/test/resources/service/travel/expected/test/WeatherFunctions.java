package test;

import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputType;
import dev.interactions4j.tools.ToolSet;
import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;

/**
 * Function declarations and a typed dispatcher for {@link Weather}. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class WeatherFunctions {
  private static final String FORECAST_PARAMETERS = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\","
      + "\"description\":\"the city\"}},\"required\":[\"city\"],\"propertyOrdering\":[\"city\"]}";

  /**
   * The function declarations of {@link Weather}, as sent in {@code tools}.
   */
  public static final String DECLARATIONS_JSON = "[{\"type\":\"function\",\"name\":\"forecast\",\"description\":\"Today's forecast.\","
      + "\"parameters\":"
      + FORECAST_PARAMETERS
      + "}]";

  private static final OutputType<ForecastArguments> FORECAST_ARGUMENTS = TrustedSchemas.outputType("test.WeatherFunctions.ForecastArguments",
      FORECAST_PARAMETERS, WeatherFunctions::readForecastArguments,
      WeatherFunctions::writeForecastArguments);

  private WeatherFunctions() {
  }

  /**
   * The functions of {@code impl} as a tool set: each call's arguments are parsed and validated
   * before {@code impl} runs; invalid ones become error results.
   *
   * @param impl the implementation to call
   * @return its functions
   */
  public static ToolSet bind(Weather impl) {
    Objects.requireNonNull(impl, "impl");
    return ToolSet.of(
          TrustedSchemas.function("forecast", "Today's forecast.", FORECAST_PARAMETERS, json -> {
            ForecastArguments args = FORECAST_ARGUMENTS.parse(json);
            return JsonOutput.toJson(new ForecastResult(impl.forecast(args.city())),
                WeatherFunctions::writeForecastResult);
          }));
  }

  private static ForecastArguments readForecastArguments(JsonInput in) {
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
      return new ForecastArguments(city);
    } catch (RuntimeException e) {
      throw in.rejected("test.WeatherFunctions.ForecastArguments", e);
    }
  }

  private static void writeForecastArguments(ForecastArguments value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("city");
    JsonOutput.writeString(value.city(), generator);
    generator.writeEndObject();
  }

  private static void writeForecastResult(ForecastResult value, JsonGenerator generator) {
    generator.writeStartObject();
    if (value.result() != null) {
      generator.writeName("result");
      JsonOutput.writeString(value.result(), generator);
    }
    generator.writeEndObject();
  }

  private record ForecastArguments(String city) {
  }

  private record ForecastResult(String result) {
  }
}
