package test;

import dev.interactions4j.service.GeminiService;
import dev.interactions4j.service.Prompt;

@GeminiService(model = "m")
public interface UnclosedPlaceholder {
  @Prompt("Plan a trip to {city.")
  String plan(String city);
}
