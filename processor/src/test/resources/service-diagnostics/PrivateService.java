package test;

import dev.interactions4j.service.GeminiService;

public class PrivateService {
  @GeminiService(model = "m")
  private interface Hidden {
    String ask(String question);
  }
}
