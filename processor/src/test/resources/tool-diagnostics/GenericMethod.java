package test;

import dev.interactions4j.tools.GeminiTool;

@GeminiTool
public interface GenericMethod {
  <T> T lookup(String key);
}
