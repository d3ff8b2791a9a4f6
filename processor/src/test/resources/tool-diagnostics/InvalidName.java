package test;

import dev.interactions4j.tools.GeminiTool;

@GeminiTool
public interface InvalidName {
  @GeminiTool.Name("get weather")
  String weather(String city);
}
