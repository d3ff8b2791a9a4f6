package test;

import dev.interactions4j.tools.GeminiTool;

public class PrivateTools {
  @GeminiTool
  private interface Hidden {
    String find(String name);
  }
}
