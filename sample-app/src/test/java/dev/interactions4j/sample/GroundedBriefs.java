package dev.interactions4j.sample;

import dev.interactions4j.Report;
import dev.interactions4j.service.GeminiService;

/** A service whose answers are grounded by Google Search and come back as cited reports, for ServiceEndToEndTest. */
@GeminiService(model = "gemini-3-flash-preview", builtInTools = GeminiService.BuiltInTool.GOOGLE_SEARCH)
interface GroundedBriefs {
  Report brief(String question);
}
