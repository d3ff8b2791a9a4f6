package dev.interactions4j;

/**
 * A deadline passed: an HTTP request timed out, or a background interaction was still running
 * when {@code await} gave up (it goes on on the server; await it again from its id).
 */
public class GeminiTimeoutException extends GeminiException {
  private static final long serialVersionUID = 1L;

  public GeminiTimeoutException(String message, String interactionId, Throwable cause) {
    super(message, interactionId, cause);
  }
}
