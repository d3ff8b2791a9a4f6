package test;

import dev.interactions4j.GeminiTool;

@GeminiTool
public interface GenericInterface<T> {
  String describe(String name);
}
