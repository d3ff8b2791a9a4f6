package test;

import dev.interactions4j.Agent;
import dev.interactions4j.GeminiService;

@GeminiService(model = "m")
public interface AgentNotBackground {
  @Agent("deep-research-pro-preview-12-2025")
  String research(String topic);
}
