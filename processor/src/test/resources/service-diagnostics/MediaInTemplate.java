package test;

import dev.interactions4j.service.GeminiService;
import dev.interactions4j.service.Prompt;
import dev.interactions4j.media.Image;

@GeminiService(model = "m")
public interface MediaInTemplate {
  @Prompt("What is in {photo}?")
  String describe(
      Image photo);
}
