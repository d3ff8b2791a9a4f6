package test;

import dev.interactions4j.GeminiService;

@GeminiService(model = "m")
public interface NotOutput {
  Plain plan(String request);

  record Plain(String text) {}
}
