package example;

import dev.interactions4j.tools.GeminiTool;

/** Tools the model may call. */
@GeminiTool
public interface WeatherTools {
  /**
   * Current weather in a city.
   *
   * @param city city name, e.g. "Paris"
   */
  Forecast weather(String city);

  /**
   * The weather in a city.
   *
   * @param city the city
   * @param celsius the temperature in degrees Celsius
   */
  record Forecast(String city, int celsius) {}
}
