package test;

import dev.interactions4j.GeminiService;

@GeminiService(model = " ")
public interface BlankModel {
  String ask(String question);
}
