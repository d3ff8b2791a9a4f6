package test;

import dev.interactions4j.service.Agent;
import dev.interactions4j.BackgroundTask;
import dev.interactions4j.service.GeminiService;
import dev.interactions4j.Report;

@GeminiService(model = "m")
public interface ResumeClash {
  @Agent("deep-research-pro-preview-12-2025")
  BackgroundTask<Report> research(String topic);

  String resumeResearch(String id);
}
