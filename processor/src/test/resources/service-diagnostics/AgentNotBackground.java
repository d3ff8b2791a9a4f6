package test;

import dev.interactions4j.service.Agent;
import dev.interactions4j.service.GeminiService;

@GeminiService(model = "m")
public interface AgentNotBackground {
  @Agent("deep-research-pro-preview-12-2025")
  String research(String topic);
}
