package test;

import dev.interactions4j.service.GeminiService;

@GeminiService(model = " ")
public interface BlankModel {
  String ask(String question);
}
