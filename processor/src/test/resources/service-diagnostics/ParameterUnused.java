package test;

import dev.interactions4j.service.GeminiService;
import dev.interactions4j.service.Prompt;

@GeminiService(model = "m")
public interface ParameterUnused {
  @Prompt("Plan a trip to {city}.")
  String plan(String city,
      int days);
}
