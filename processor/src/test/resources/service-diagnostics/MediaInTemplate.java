package test;

import dev.interactions4j.GeminiService;
import dev.interactions4j.Prompt;
import dev.interactions4j.media.Image;

@GeminiService(model = "m")
public interface MediaInTemplate {
  @Prompt("What is in {photo}?")
  String describe(
      Image photo);
}
