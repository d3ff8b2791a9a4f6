package test;

import dev.interactions4j.tools.GeminiTool;

@GeminiTool
public interface GenericInterface<T> {
  String describe(String name);
}
