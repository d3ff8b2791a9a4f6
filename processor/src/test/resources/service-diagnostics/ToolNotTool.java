package test;

import dev.interactions4j.service.GeminiService;

@GeminiService(model = "m", tools = Runnable.class)
public interface ToolNotTool {
  String ask(String question);
}
