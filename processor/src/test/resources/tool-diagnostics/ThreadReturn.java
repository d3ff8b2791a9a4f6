package test;

import dev.interactions4j.GeminiTool;

@GeminiTool
public interface ThreadReturn {
  Thread spawn(String name);
}
