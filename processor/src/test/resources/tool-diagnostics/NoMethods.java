package test;

import dev.interactions4j.tools.GeminiTool;

@GeminiTool
public interface NoMethods {
  default String hello() {
    return "hi";
  }
}
