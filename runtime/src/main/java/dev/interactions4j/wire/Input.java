package dev.interactions4j.wire;

import java.util.List;
import java.util.Objects;

/** The {@code input} of a request: a string, one content, a list of content, or a list of steps. */
public sealed interface Input {

  /** Plain text input. */
  static Input text(String text) {
    return new TextInput(text);
  }

  /** Input of one or more pieces of content (text with images, say). */
  static Input of(Content... content) {
    return new ContentInput(List.of(content));
  }

  /** Input of several pieces of content. */
  static Input content(List<Content> content) {
    return new ContentInput(content);
  }

  /** Input of steps: function results, or a whole replayed history. */
  static Input steps(List<Step> steps) {
    return new StepsInput(steps);
  }

  /**
   * {@code input} as the steps of a history replayed with {@code store: false}: text and content
   * as one {@code user_input} step, steps as they are, nothing for null.
   */
  static List<Step> toSteps(Input input) {
    if (input instanceof TextInput text) {
      return List.of(new Step.UserInput(List.of(Content.text(text.text()))));
    }
    if (input instanceof ContentInput content) {
      return List.of(new Step.UserInput(content.content()));
    }
    return input instanceof StepsInput steps ? steps.steps() : List.of();
  }

  /**
   * Plain text.
   *
   * @param text the text
   */
  record TextInput(String text) implements Input {
    public TextInput {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A list of content, written as a list even when it holds one element.
   *
   * @param content the content
   */
  record ContentInput(List<Content> content) implements Input {
    public ContentInput {
      content = List.copyOf(content);
    }
  }

  /**
   * A list of steps.
   *
   * @param steps the steps
   */
  record StepsInput(List<Step> steps) implements Input {
    public StepsInput {
      steps = List.copyOf(steps);
    }
  }
}
