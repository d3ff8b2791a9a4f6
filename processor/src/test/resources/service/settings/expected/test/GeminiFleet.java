package test;

import dev.interactions4j.BackgroundTask;
import dev.interactions4j.GeminiClient;
import dev.interactions4j.Report;
import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.ServiceSession;
import dev.interactions4j.wire.EnvironmentSetting;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.ServiceTier;
import dev.interactions4j.wire.WebhookConfig;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link Fleet}: each method is one interaction. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class GeminiFleet implements Fleet {
  private static final InteractionRequest SUMMARIZE_REQUEST = InteractionRequest.model("gemini-3-flash-preview")
      .generationConfig(ServiceSession.generation(-1.0, 0, "", -1L))
      .serviceTier(ServiceTier.of("flex"))
      .build();

  private static final InteractionRequest URGENT_REQUEST = InteractionRequest.model("gemini-3-flash-preview")
      .generationConfig(ServiceSession.generation(-1.0, 0, "", -1L))
      .serviceTier(ServiceTier.of("priority"))
      .build();

  private static final InteractionRequest RESEARCH_REQUEST = InteractionRequest.agent("deep-research-pro-preview-12-2025")
      .environment(EnvironmentSetting.remote())
      .webhookConfig(WebhookConfig.of("https://example.com/hooks"))
      .build();

  private final ServiceSession session;

  private GeminiFleet(ServiceSession session) {
    this.session = session;
  }

  /**
   * A service whose calls each stand alone.
   */
  public static GeminiFleet create(GeminiClient client) {
    return new GeminiFleet(ServiceSession.stateless(client, null));
  }

  /**
   * A service whose calls continue one conversation ({@code previous_interaction_id}), one at a time.
   */
  public static GeminiFleet conversation(GeminiClient client) {
    return new GeminiFleet(ServiceSession.conversation(client, null, null));
  }

  /**
   * A conversation that continues the stored interaction {@code interactionId} (after a restart, say).
   */
  public static GeminiFleet resumeConversation(GeminiClient client, String interactionId) {
    return new GeminiFleet(ServiceSession.conversation(client, null, interactionId));
  }

  @Override
  public String summarize(String text) {
    return session.text(SUMMARIZE_REQUEST, ServiceSession.input(text));
  }

  @Override
  public String urgent(String text) {
    return session.text(URGENT_REQUEST, ServiceSession.input(text));
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

  /**
   * The id the next call of a conversation continues from; null before the first and when stateless.
   */
  public String lastInteractionId() {
    return session.lastInteractionId();
  }

  @Override
  public String toString() {
    return "GeminiFleet[" + session + "]";
  }
}
