package dev.interactions4j;

/** The connection failed (refused, reset, closed early), after the retries the policy allows. */
public class GeminiTransportException extends GeminiException {
  private static final long serialVersionUID = 1L;

  public GeminiTransportException(String message, String interactionId, Throwable cause) {
    super(message, interactionId, cause);
  }
}
