package test;

import dev.interactions4j.GeminiService;

public class PrivateService {
  @GeminiService(model = "m")
  private interface Hidden {
    String ask(String question);
  }
}
