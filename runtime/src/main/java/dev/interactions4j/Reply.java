package dev.interactions4j;

import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.Usage;
import java.util.List;
import java.util.Objects;

/**
 * A value with the interaction it came from: its id (to continue from), usage and steps.
 *
 * @param value the value (parsed structured output, text, an image…)
 * @param interaction the answer
 * @param <T> the value's type
 */
public record Reply<T>(T value, Interaction interaction) {
  public Reply {
    Objects.requireNonNull(interaction, "interaction");
  }

  /** The interaction id; null when the interaction was not stored. */
  public String id() {
    return interaction.id();
  }

  /** Tokens used (cached tokens included). */
  public Usage usage() {
    return interaction.usage();
  }

  /** The steps of the answer: thoughts, tool calls and results, model output. */
  public List<Step> steps() {
    return interaction.steps();
  }

  /** The answer's final text. */
  public String text() {
    return interaction.text();
  }
}
