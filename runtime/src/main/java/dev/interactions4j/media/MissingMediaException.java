package dev.interactions4j.media;

import dev.interactions4j.GeminiException;

/** The model answered without the media asked for; carries the interaction id and its text. */
public final class MissingMediaException extends GeminiException {
  private static final long serialVersionUID = 1L;

  private final String answerText;

  public MissingMediaException(String kind, String interactionId, String answerText) {
    super("The model answered without " + kind + " (interaction " + interactionId + "); it said: " + answerText, interactionId);
    this.answerText = answerText;
  }

  /** What the model said instead. */
  public String answerText() {
    return answerText;
  }
}
