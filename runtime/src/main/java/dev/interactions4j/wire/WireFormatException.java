package dev.interactions4j.wire;

import dev.interactions4j.GeminiException;

/**
 * The server sent JSON that is malformed or of the wrong shape. Keeps the raw text whole; the
 * message shows its beginning.
 */
public final class WireFormatException extends GeminiException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  private final String rawText;

  public WireFormatException(String problem, String rawText, String interactionId, Throwable cause) {
    super(problem + "; raw text: " + abbreviate(rawText), interactionId, cause);
    this.rawText = rawText;
  }

  /** The whole text that could not be read. */
  public String rawText() {
    return rawText;
  }

  /** A copy naming the interaction, once the caller knows it. */
  public WireFormatException withInteractionId(String interactionId) {
    return new WireFormatException(problem(), rawText, interactionId, getCause());
  }

  private String problem() {
    String message = getMessage();
    return message.substring(0, message.lastIndexOf("; raw text: "));
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "<none>";
    }
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "… (" + text.length() + " chars)";
  }
}
