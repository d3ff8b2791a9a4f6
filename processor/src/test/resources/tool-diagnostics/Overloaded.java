package test;

import dev.interactions4j.tools.GeminiTool;

@GeminiTool
public interface Overloaded {
  String find(String name);

  String find(int id);
}
