package test;

import dev.interactions4j.tools.GeminiTool;

@GeminiTool
public class ToolClass {
  public String weather(String city) {
    return city;
  }
}
