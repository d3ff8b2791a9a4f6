package test;

import dev.interactions4j.GeminiTool;

@GeminiTool
public interface ObjectParameter {
  String echo(Object value);
}
