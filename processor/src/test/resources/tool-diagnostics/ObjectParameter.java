package test;

import dev.interactions4j.tools.GeminiTool;

@GeminiTool
public interface ObjectParameter {
  String echo(Object value);
}
