package dev.interactions4j;

import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionStatus;
import dev.interactions4j.wire.StepError;
import java.util.List;

/**
 * An interaction ended without a result: {@code failed}, {@code cancelled}, {@code incomplete},
 * {@code budget_exceeded}, {@code requires_continuation} not continued (automatic continuation
 * off, or its hop bound reached), or a status this library does not know. Carries the interaction
 * (id, status, errors, steps so far).
 */
public final class InteractionFailedException extends GeminiException {
  private static final long serialVersionUID = 1L;

  private final transient Interaction interaction;

  public InteractionFailedException(Interaction interaction) {
    super("Interaction " + interaction.id() + " ended " + interaction.status() + describe(interaction.errors())
        + (interaction.requiresContinuation() ? "; it stopped at the decode limit: continue it with its "
            + "continuation_token (GeminiClient.continueAnswer), or let the client do it (autoContinue)" : ""),
        interaction.id());
    this.interaction = interaction;
  }

  /** The interaction as it ended. */
  public Interaction interaction() {
    return interaction;
  }

  /** How it ended. */
  public InteractionStatus status() {
    return interaction.status();
  }

  /**
   * Returns {@code interaction} when it completed (or has no status), else throws for it.
   *
   * @throws InteractionFailedException when it ended otherwise
   */
  public static Interaction requireCompleted(Interaction interaction) {
    if (interaction.status() != null && !InteractionStatus.COMPLETED.equals(interaction.status())) {
      throw new InteractionFailedException(interaction);
    }
    return interaction;
  }

  private static String describe(List<StepError> errors) {
    if (errors.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(":");
    for (StepError error : errors) {
      text.append(' ').append(error.message()).append(error.code() == null ? "" : " (" + error.code() + ")").append(';');
    }
    return text.substring(0, text.length() - 1);
  }
}
