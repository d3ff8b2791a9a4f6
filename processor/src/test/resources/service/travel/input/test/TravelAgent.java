package test;

import dev.interactions4j.service.Agent;
import dev.interactions4j.BackgroundTask;
import dev.interactions4j.service.GeminiService;
import dev.interactions4j.service.Generation;
import dev.interactions4j.service.Model;
import dev.interactions4j.service.Prompt;
import dev.interactions4j.Reply;
import dev.interactions4j.Report;
import dev.interactions4j.service.SystemInstruction;
import dev.interactions4j.media.GeneratedAudio;
import dev.interactions4j.media.GeneratedImage;
import dev.interactions4j.media.Image;
import dev.interactions4j.wire.Interaction;
import java.util.List;
import java.util.stream.Stream;

@GeminiService(model = "gemini-3-flash-preview", tools = Weather.class,
    builtInTools = GeminiService.BuiltInTool.GOOGLE_SEARCH)
@SystemInstruction("You are a concise travel agent.")
@Generation(temperature = 0.2)
public interface TravelAgent {
  Itinerary plan(String request);

  @Prompt("Plan {days} days in {city}, budget {budget}.")
  Reply<Itinerary> planTrip(String city, int days, Budget budget);

  @Generation(maxOutputTokens = 200, thinkingLevel = "low")
  String describe(String question, Image photo, List<Image> more);

  Stream<String> narrate(String topic);

  @Model("gemini-2.5-flash-image")
  GeneratedImage poster(String subject);

  @Model("gemini-2.5-flash-preview-tts")
  @SystemInstruction("Read aloud, warmly.")
  Reply<GeneratedAudio> readAloud(String text);

  @Agent("deep-research-pro-preview-12-2025")
  BackgroundTask<Report> research(String topic);

  BackgroundTask<Itinerary> planInBackground(String request);

  Interaction raw(String prompt);

  default String greet() {
    return "hello";
  }
}
