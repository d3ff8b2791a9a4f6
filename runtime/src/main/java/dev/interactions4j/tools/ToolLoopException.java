package dev.interactions4j.tools;

import dev.interactions4j.GeminiException;

/** The model still asked for function calls after the loop's last allowed round. */
public final class ToolLoopException extends GeminiException {
  private static final long serialVersionUID = 1L;

  private final int rounds;

  public ToolLoopException(int rounds, String interactionId) {
    super("The model still asked for function calls after " + rounds
        + " rounds; raise ToolLoop.Builder.maxRounds or check the tools' results", interactionId);
    this.rounds = rounds;
  }

  ToolLoopException(String message, int rounds, String interactionId) {
    super(message, interactionId);
    this.rounds = rounds;
  }

  /** Rounds run before giving up. */
  public int rounds() {
    return rounds;
  }
}
