package test;

import dev.interactions4j.tools.GeminiTool;

@GeminiTool
public interface Weather {
  /** Today's forecast. @param city the city */
  String forecast(String city);
}
