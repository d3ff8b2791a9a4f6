package dev.interactions4j;

/**
 * A stream broke and could not be resumed. Carries the interaction id when the stream had named
 * it, and the text received so far.
 */
public class GeminiStreamException extends GeminiException {
  private static final long serialVersionUID = 1L;

  private final String partialText;

  public GeminiStreamException(String message, String interactionId, String partialText, Throwable cause) {
    super(message, interactionId, cause);
    this.partialText = partialText == null ? "" : partialText;
  }

  /** The text the stream delivered before it broke. */
  public String partialText() {
    return partialText;
  }
}
