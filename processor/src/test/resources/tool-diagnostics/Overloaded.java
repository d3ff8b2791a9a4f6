package test;

import dev.interactions4j.GeminiTool;

@GeminiTool
public interface Overloaded {
  String find(String name);

  String find(int id);
}
