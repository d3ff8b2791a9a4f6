package test;

import dev.interactions4j.service.GeminiService;

@GeminiService(model = "m")
public interface GenericService<T> {
  String ask(String question);
}
