package test;

import dev.interactions4j.GeminiService;
import dev.interactions4j.Prompt;

@GeminiService(model = "m")
public interface PlaceholderUnknown {
  @Prompt("Plan a trip to {cty}.")
  String plan(String city);
}
