package test;

import dev.interactions4j.service.GeminiService;
import dev.interactions4j.service.Prompt;

@GeminiService(model = "m")
public interface PlaceholderUnknown {
  @Prompt("Plan a trip to {cty}.")
  String plan(String city);
}
