package test;

import dev.interactions4j.GeminiService;

@GeminiService(model = "m")
public interface GenericService<T> {
  String ask(String question);
}
