package dev.interactions4j.sample;

import dev.interactions4j.service.Agent;
import dev.interactions4j.BackgroundTask;
import dev.interactions4j.service.GeminiService;
import dev.interactions4j.service.Model;
import dev.interactions4j.service.Prompt;
import dev.interactions4j.Reply;
import dev.interactions4j.Report;
import dev.interactions4j.service.SystemInstruction;
import dev.interactions4j.media.GeneratedImage;
import dev.interactions4j.media.Media;
import java.util.stream.Stream;

/**
 * The sample's travel agent: the processor generates {@code GeminiTravelAgent}, which makes one
 * interaction per call, with the {@link TravelTools} functions on offer.
 */
@GeminiService(model = "gemini-3-flash-preview", tools = TravelTools.class)
@SystemInstruction("You are a concise travel agent.")
public interface TravelAgent {
  /** A trip plan, as structured output. */
  Itinerary plan(String request);

  /** The same, from a template, with the interaction's id and usage. */
  @Prompt("Plan {days} days in {city}.")
  Reply<Itinerary> planWithUsage(String city, int days);

  /** Answers a question about a picture, a recording, a video or a document (multimodal input). */
  String describe(String question, Media media);

  /** Text deltas as they stream. */
  Stream<String> narrate(String topic);

  /** A poster (image output). */
  @Model("gemini-2.5-flash-image")
  GeneratedImage poster(String subject);

  /** Background research by an agent, polled. */
  @Agent("deep-research-pro-preview-12-2025")
  BackgroundTask<Report> research(String topic);

  /** Conversation turns, for the conversation-scoped variant. */
  String chat(String line);
}
