package test;

import dev.interactions4j.GeminiTool;

@GeminiTool
public interface GenericMethod {
  <T> T lookup(String key);
}
