package test;

import dev.interactions4j.service.GeminiService;

@GeminiService(model = "m")
public interface NotOutput {
  Plain plan(String request);

  record Plain(String text) {}
}
