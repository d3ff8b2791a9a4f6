package test;

import dev.interactions4j.GeminiService;
import dev.interactions4j.Prompt;

@GeminiService(model = "m")
public interface UnclosedPlaceholder {
  @Prompt("Plan a trip to {city.")
  String plan(String city);
}
