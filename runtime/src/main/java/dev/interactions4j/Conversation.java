package dev.interactions4j;

import dev.interactions4j.service.Generation;
import dev.interactions4j.schema.OutputType;
import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.GenerationConfig;
import dev.interactions4j.wire.Input;
import dev.interactions4j.internal.StructuredAnswers;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionRequestBuilder;
import dev.interactions4j.wire.ResponseFormat;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.Tool;
import dev.interactions4j.wire.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * A multi-turn conversation whose history the server keeps: each turn sends only its new input
 * and the previous interaction's id ({@code previous_interaction_id}), so a turn costs the same
 * bytes however long the conversation, and the history hits the implicit cache. Settings (system
 * instruction, tools, generation config) are sent with every turn, since they apply per
 * interaction. With {@code store: false} the server keeps nothing: the conversation keeps the
 * history itself and sends all of it with every turn (every step the model returned, its
 * signatures exactly as they came). Thread-safe: turns run one at a time.
 */
public final class Conversation {
  private final GeminiClient client;
  private final InteractionRequest template;
  private final List<Usage> turnUsages = new ArrayList<>();
  /** With {@code store: false}: every step so far, replayed with each turn; else null. */
  private final List<Step> history;
  private String lastInteractionId;
  private Usage total = Usage.NONE;

  private Conversation(GeminiClient client, InteractionRequest template, String lastInteractionId) {
    this.client = client;
    this.template = template;
    this.lastInteractionId = lastInteractionId;
    this.history = Boolean.FALSE.equals(template.store()) ? new ArrayList<>() : null;
  }

  static Builder builder(GeminiClient client, String model) {
    return new Builder(client, model);
  }

  /** Sends a text turn and returns the answer. */
  public Interaction send(String text) {
    return send(Input.text(text));
  }

  /** Sends a turn of content (text with images, say). */
  public Interaction send(List<Content> content) {
    return send(Input.content(content));
  }

  /** Sends function results for the calls of the last answer. */
  public Interaction sendResults(List<Step.FunctionResult> results) {
    return send(Input.steps(List.copyOf(results)));
  }

  /** Sends any input as the next turn. */
  public synchronized Interaction send(Input input) {
    Interaction answer = client.create(turn(input).build());
    record(input, answer);
    return answer;
  }

  /** Sends a text turn asking for a value of {@code type}. */
  public synchronized <T> T generate(String text, OutputType<T> type) {
    Input input = Input.text(text);
    return StructuredAnswers.generate(turn(input).build(), type, client.repairTurns(), request -> {
      Interaction answer = client.create(request);
      // Repair turns chain by id, so only stored conversations (which keep no history here) make them.
      record(input, answer);
      return answer;
    }).value();
  }

  /**
   * Streams a text turn; the conversation moves on when the stream ends. Finish (or close) it
   * before the next turn. A stream is one hop: when it stops at the decode limit, its result is
   * that hop, and the conversation continues the answer (unless the client's {@code autoContinue}
   * is off) before it moves on, so the next turn follows the whole answer.
   */
  public synchronized InteractionStream stream(String text) {
    Input input = Input.text(text);
    InteractionRequest request = turn(input).build();
    return client.stream(request, answer -> record(input, answer.requiresContinuation() && client.autoContinue()
        ? client.continueAnswer(request, answer) : answer));
  }

  private InteractionRequestBuilder turn(Input input) {
    if (history != null) {
      List<Step> replayed = new ArrayList<>(history);
      replayed.addAll(Input.toSteps(input));
      return template.toBuilder().input(Input.steps(replayed));
    }
    return template.toBuilder().input(input).previousInteractionId(lastInteractionId);
  }

  private synchronized void record(Input input, Interaction answer) {
    if (history != null) {
      history.addAll(Input.toSteps(input));
      history.addAll(answer.steps());
    }
    if (answer.id() != null && !answer.id().isEmpty()) {
      lastInteractionId = answer.id();
    }
    turnUsages.add(answer.usage());
    total = total.plus(answer.usage());
  }

  /** The id of the last interaction, which the next turn continues; null before the first. */
  public synchronized String lastInteractionId() {
    return lastInteractionId;
  }

  /**
   * With {@code store: false}, the history the conversation replays: every input and every step
   * the model returned, in order; empty for a stored conversation, whose history the server keeps.
   */
  public synchronized List<Step> history() {
    return history == null ? List.of() : List.copyOf(history);
  }

  /** Usage of each turn so far, in order. */
  public synchronized List<Usage> turnUsages() {
    return List.copyOf(turnUsages);
  }

  /** Usage summed over the turns so far (cached tokens included). */
  public synchronized Usage totalUsage() {
    return total;
  }

  /** Builds a {@link Conversation}. */
  public static final class Builder {
    private final GeminiClient client;
    private final InteractionRequestBuilder template;
    private String resumeFrom;

    private Builder(GeminiClient client, String model) {
      this.client = client;
      this.template = InteractionRequest.model(model);
    }

    /** The system instruction, sent with every turn. */
    public Builder systemInstruction(String value) {
      template.systemInstruction(value);
      return this;
    }

    /** Tools, sent with every turn. */
    public Builder tools(List<? extends Tool> value) {
      template.tools(value);
      return this;
    }

    /** Generation settings, sent with every turn. */
    public Builder generationConfig(GenerationConfig value) {
      template.generationConfig(value);
      return this;
    }

    /** A response format for every turn. */
    public Builder responseFormat(ResponseFormat value) {
      template.responseFormat(value);
      return this;
    }

    /**
     * Whether the server keeps each turn ({@code store}); true by default. A conversation that is
     * not stored cannot be continued by id, so each turn then sends the whole history as steps
     * (see {@link Conversation#history()}), for zero data retention.
     */
    public Builder store(boolean value) {
      template.store(value);
      return this;
    }

    /** Continues a conversation from a stored interaction id (after a restart, say). */
    public Builder resumeFrom(String interactionId) {
      resumeFrom = interactionId;
      return this;
    }

    /** The conversation. */
    public Conversation build() {
      return new Conversation(client, template.build(), resumeFrom);
    }
  }
}
