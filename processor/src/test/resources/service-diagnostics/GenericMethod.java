package test;

import dev.interactions4j.GeminiService;

@GeminiService(model = "m")
public interface GenericMethod {
  <T> T ask(String question);
}
