package test;

import dev.interactions4j.tools.GeminiTool;
import java.util.Map;

@GeminiTool
public interface MapParameter {
  String score(Map<Integer, String> byId);
}
