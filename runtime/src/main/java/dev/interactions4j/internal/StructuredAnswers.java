package dev.interactions4j.internal;

import dev.interactions4j.InteractionFailedException;
import dev.interactions4j.Reply;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import dev.interactions4j.wire.Input;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import java.util.function.Function;

/**
 * The one structured-answer loop with repair turns, shared by the client, conversations and
 * generated services: ask with the type's {@code response_format}, parse the completed answer, and
 * on a mismatch send the problem back as a new turn on the same conversation, at most {@code
 * repairTurns} times. An answer without an id (not stored) cannot be continued, so it is not repaired.
 */
public final class StructuredAnswers {
  private StructuredAnswers() {}

  /**
   * The value of {@code type} the model gives for {@code request}.
   *
   * @param send makes one interaction (and may chain it, run tools or record it)
   * @throws InteractionFailedException when an answer did not complete
   * @throws OutputMismatchException when the answer does not match, after the repair turns
   */
  public static <T> Reply<T> generate(InteractionRequest request, OutputType<T> type, int repairTurns,
      Function<InteractionRequest, Interaction> send) {
    InteractionRequest structured = request.toBuilder().responseFormat(type.responseFormat()).build();
    Interaction answer = send.apply(structured);
    for (int repair = 0; ; repair++) {
      try {
        return new Reply<>(type.parse(InteractionFailedException.requireCompleted(answer)), answer);
      } catch (OutputMismatchException e) {
        if (repair >= repairTurns || answer.id() == null || answer.id().isEmpty()) {
          throw e;
        }
        answer = send.apply(structured.toBuilder().previousInteractionId(answer.id())
            .input(Input.text(repairPrompt(e))).build());
      }
    }
  }

  /** The turn that sends a mismatch back to the model (a repair turn). */
  static String repairPrompt(OutputMismatchException e) {
    return "Your previous answer did not match the JSON Schema: " + e.getMessage()
        + ". Answer again with only JSON that matches the schema.";
  }
}
