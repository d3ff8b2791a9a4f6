package test;

import dev.interactions4j.BackgroundTask;
import dev.interactions4j.GeminiClient;
import dev.interactions4j.Reply;
import dev.interactions4j.Report;
import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.ServiceSession;
import dev.interactions4j.media.GeneratedAudio;
import dev.interactions4j.media.GeneratedImage;
import dev.interactions4j.media.Image;
import dev.interactions4j.service.GeminiService;
import dev.interactions4j.wire.GenerationConfig;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link TravelAgent}: each method is one interaction. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class GeminiTravelAgent implements TravelAgent {
  private static final InteractionRequest DEFAULT_REQUEST = InteractionRequest.model("gemini-3-flash-preview")
      .systemInstruction("You are a concise travel agent.")
      .generationConfig(GenerationConfig.builder().temperature(0.2).build())
      .tools(List.of(ServiceSession.builtIn(GeminiService.BuiltInTool.GOOGLE_SEARCH)))
      .build();

  private static final InteractionRequest DESCRIBE_REQUEST = InteractionRequest.model("gemini-3-flash-preview")
      .systemInstruction("You are a concise travel agent.")
      .generationConfig(GenerationConfig.builder().temperature(0.2).maxOutputTokens(200).thinkingLevel("low").build())
      .tools(List.of(ServiceSession.builtIn(GeminiService.BuiltInTool.GOOGLE_SEARCH)))
      .build();

  private static final InteractionRequest POSTER_REQUEST = InteractionRequest.model("gemini-2.5-flash-image")
      .systemInstruction("You are a concise travel agent.")
      .generationConfig(GenerationConfig.builder().temperature(0.2).build())
      .tools(List.of(ServiceSession.builtIn(GeminiService.BuiltInTool.GOOGLE_SEARCH)))
      .build();

  private static final InteractionRequest READ_ALOUD_REQUEST = InteractionRequest.model("gemini-2.5-flash-preview-tts")
      .systemInstruction("Read aloud, warmly.")
      .generationConfig(GenerationConfig.builder().temperature(0.2).build())
      .tools(List.of(ServiceSession.builtIn(GeminiService.BuiltInTool.GOOGLE_SEARCH)))
      .build();

  private static final InteractionRequest RESEARCH_REQUEST = InteractionRequest.agent("deep-research-pro-preview-12-2025")
      .build();

  private final ServiceSession session;

  private GeminiTravelAgent(ServiceSession session) {
    this.session = session;
  }

  /**
   * A service whose calls each stand alone.
   */
  public static GeminiTravelAgent create(GeminiClient client, Weather weather) {
    return new GeminiTravelAgent(ServiceSession.stateless(client, WeatherFunctions.bind(weather)));
  }

  /**
   * A service whose calls continue one conversation ({@code previous_interaction_id}), one at a time.
   */
  public static GeminiTravelAgent conversation(GeminiClient client, Weather weather) {
    return new GeminiTravelAgent(ServiceSession.conversation(client, WeatherFunctions.bind(weather), null));
  }

  /**
   * A conversation that continues the stored interaction {@code interactionId} (after a restart, say).
   */
  public static GeminiTravelAgent resumeConversation(GeminiClient client, Weather weather,
      String interactionId) {
    return new GeminiTravelAgent(ServiceSession.conversation(client, WeatherFunctions.bind(weather), interactionId));
  }

  @Override
  public Itinerary plan(String request) {
    return session.structured(DEFAULT_REQUEST, ServiceSession.input(request), ItinerarySchema.TYPE).value();
  }

  @Override
  public Reply<Itinerary> planTrip(String city, int days, Budget budget) {
    return session.structured(DEFAULT_REQUEST, ServiceSession.input("Plan " + String.valueOf(days)
        + " days in " + String.valueOf(city) + ", budget " + BudgetSchema.TYPE.write(budget)
        + "."), ItinerarySchema.TYPE);
  }

  @Override
  public String describe(String question, Image photo, List<Image> more) {
    return session.text(DESCRIBE_REQUEST, ServiceSession.input(question, photo, more));
  }

  @Override
  public Stream<String> narrate(String topic) {
    return session.textStream(DEFAULT_REQUEST, ServiceSession.input(topic));
  }

  @Override
  public GeneratedImage poster(String subject) {
    return session.image(POSTER_REQUEST, ServiceSession.input(subject)).value();
  }

  @Override
  public Reply<GeneratedAudio> readAloud(String text) {
    return session.audio(READ_ALOUD_REQUEST, ServiceSession.input(text));
  }

  @Override
  public BackgroundTask<Report> research(String topic) {
    return session.background(RESEARCH_REQUEST, ServiceSession.input(topic), Report::from);
  }

  /**
   * The background call of {@link #research} started earlier as {@code interactionId}, typed again (after a restart, say).
   */
  public BackgroundTask<Report> resumeResearch(String interactionId) {
    return session.resume(interactionId, Report::from);
  }

  @Override
  public BackgroundTask<Itinerary> planInBackground(String request) {
    return session.background(DEFAULT_REQUEST, ServiceSession.input(request), ItinerarySchema.TYPE);
  }

  /**
   * The background call of {@link #planInBackground} started earlier as {@code interactionId}, typed again (after a restart, say).
   */
  public BackgroundTask<Itinerary> resumePlanInBackground(String interactionId) {
    return session.resume(interactionId, ServiceSession.valueOf(ItinerarySchema.TYPE));
  }

  @Override
  public Interaction raw(String prompt) {
    return session.interaction(DEFAULT_REQUEST, ServiceSession.input(prompt));
  }

  /**
   * The id the next call of a conversation continues from; null before the first and when stateless.
   */
  public String lastInteractionId() {
    return session.lastInteractionId();
  }

  @Override
  public String toString() {
    return "GeminiTravelAgent[" + session + "]";
  }
}
