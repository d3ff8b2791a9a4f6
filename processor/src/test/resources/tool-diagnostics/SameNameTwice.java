package test;

import dev.interactions4j.tools.GeminiTool;

@GeminiTool
public interface SameNameTwice {
  String weather(String city);

  @GeminiTool.Name("weather")
  String forecast(String city);
}
