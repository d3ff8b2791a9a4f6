package dev.interactions4j.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An interaction as the server answers it. A create answers with the new steps only; a get
 * returns the whole timeline. Null components were absent (a {@code store: false} answer has no
 * id; an {@code incomplete} one may have no steps).
 *
 * @param id the interaction id, or null
 * @param status the status, or null
 * @param model the model, or null
 * @param agent the agent, or null
 * @param created RFC 3339 creation time, or null
 * @param updated RFC 3339 update time, or null
 * @param steps the steps, possibly empty
 * @param usage token counts, or {@link Usage#NONE}
 * @param previousInteractionId the interaction this one continues, or null
 * @param outputText the final text, as the server sums it up, or null
 * @param errors errors reported, possibly empty
 * @param continuationToken the token to continue a {@code requires_continuation} answer, or null
 * @param environmentId the remote environment it ran in ({@code environment_id}), or null; send
 *     it as {@link EnvironmentSetting#existing(String)} to continue there
 * @param serviceTier the tier that served it, or null
 * @param continuationIds when the client continued a {@code requires_continuation} answer
 *     automatically: the id of every hop, in order (the first hop's id first, this answer's {@link
 *     #id()} last; empty hops' ids of a {@code store: false} answer are absent), else empty
 */
public record Interaction(
    String id,
    InteractionStatus status,
    String model,
    String agent,
    String created,
    String updated,
    List<Step> steps,
    Usage usage,
    String previousInteractionId,
    String outputText,
    List<StepError> errors,
    String continuationToken,
    String environmentId,
    ServiceTier serviceTier,
    List<String> continuationIds) {

  public Interaction {
    steps = steps == null ? List.of() : List.copyOf(steps);
    errors = errors == null ? List.of() : List.copyOf(errors);
    usage = usage == null ? Usage.NONE : usage;
    continuationIds = continuationIds == null ? List.of() : List.copyOf(continuationIds);
  }

  /** An interaction as the server answers it: no hops joined by the client. */
  public Interaction(String id, InteractionStatus status, String model, String agent, String created, String updated,
      List<Step> steps, Usage usage, String previousInteractionId, String outputText, List<StepError> errors,
      String continuationToken, String environmentId, ServiceTier serviceTier) {
    this(id, status, model, agent, created, updated, steps, usage, previousInteractionId, outputText, errors,
        continuationToken, environmentId, serviceTier, List.of());
  }

  /** An interaction with no environment and no tier named. */
  public Interaction(String id, InteractionStatus status, String model, String agent, String created, String updated,
      List<Step> steps, Usage usage, String previousInteractionId, String outputText, List<StepError> errors,
      String continuationToken) {
    this(id, status, model, agent, created, updated, steps, usage, previousInteractionId, outputText, errors,
        continuationToken, null, null, List.of());
  }

  /** The final text: {@code output_text}, else the text of the last model output step, else "". */
  public String text() {
    if (outputText != null) {
      return outputText;
    }
    return lastModelOutput().map(Step.ModelOutput::text).orElse("");
  }

  /** The last {@code model_output} step, if any. */
  public Optional<Step.ModelOutput> lastModelOutput() {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i) instanceof Step.ModelOutput output) {
        return Optional.of(output);
      }
    }
    return Optional.empty();
  }

  /** The function calls the client must answer, in order. */
  public List<Step.FunctionCall> functionCalls() {
    List<Step.FunctionCall> calls = new ArrayList<>();
    for (Step step : steps) {
      if (step instanceof Step.FunctionCall call) {
        calls.add(call);
      }
    }
    return calls;
  }

  /**
   * The steps of one kind, in order: {@code steps(Step.GoogleSearchCall.class)} for the queries the
   * model searched, {@code Step.CodeExecutionResult.class} for code output, and so on.
   */
  public <S extends Step> List<S> steps(Class<S> kind) {
    List<S> found = new ArrayList<>();
    for (Step step : steps) {
      if (kind.isInstance(step)) {
        found.add(kind.cast(step));
      }
    }
    return found;
  }

  /** Every content of the given class in the model output steps, in order (images, say). */
  public <C extends Content> List<C> outputs(Class<C> kind) {
    List<C> found = new ArrayList<>();
    for (Step step : steps) {
      if (step instanceof Step.ModelOutput output) {
        for (Content content : output.content()) {
          if (kind.isInstance(content)) {
            found.add(kind.cast(content));
          }
        }
      }
    }
    return found;
  }

  /**
   * Whether the answer stopped at the decode limit ({@code requires_continuation}) with a token to
   * continue it: the client continues such answers itself unless told not to.
   */
  public boolean requiresContinuation() {
    return InteractionStatus.REQUIRES_CONTINUATION.equals(status) && continuationToken != null
        && !continuationToken.isEmpty();
  }

  /** Whether the status is {@code requires_action}: function calls await results. */
  public boolean requiresAction() {
    return InteractionStatus.REQUIRES_ACTION.equals(status);
  }
}
