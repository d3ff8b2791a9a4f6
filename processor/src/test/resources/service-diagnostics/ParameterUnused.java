package test;

import dev.interactions4j.GeminiService;
import dev.interactions4j.Prompt;

@GeminiService(model = "m")
public interface ParameterUnused {
  @Prompt("Plan a trip to {city}.")
  String plan(String city,
      int days);
}
