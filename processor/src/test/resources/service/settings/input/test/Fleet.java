package test;

import dev.interactions4j.BackgroundTask;
import dev.interactions4j.Report;
import dev.interactions4j.service.Agent;
import dev.interactions4j.service.GeminiService;
import dev.interactions4j.service.Generation;

@GeminiService(model = "gemini-3-flash-preview")
@Generation(serviceTier = "flex")
public interface Fleet {
  String summarize(String text);

  @Generation(serviceTier = "priority")
  String urgent(String text);

  @Agent(value = "deep-research-pro-preview-12-2025", environment = "remote", webhookUris = "https://example.com/hooks")
  BackgroundTask<Report> research(String topic);
}
