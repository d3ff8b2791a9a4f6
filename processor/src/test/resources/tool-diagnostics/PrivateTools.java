package test;

import dev.interactions4j.GeminiTool;

public class PrivateTools {
  @GeminiTool
  private interface Hidden {
    String find(String name);
  }
}
