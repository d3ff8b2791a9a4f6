package test;

import dev.interactions4j.GeminiTool;

@GeminiTool
public interface NoMethods {
  default String hello() {
    return "hi";
  }
}
