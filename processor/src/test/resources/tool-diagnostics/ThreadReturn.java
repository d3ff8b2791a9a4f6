package test;

import dev.interactions4j.tools.GeminiTool;

@GeminiTool
public interface ThreadReturn {
  Thread spawn(String name);
}
