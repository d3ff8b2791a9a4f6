package dev.interactions4j;

/**
 * The client was closed: the call started after {@link GeminiClient#close()}, or was still in
 * flight (waiting for an answer, reading one, or waiting to retry) when it was called.
 */
public class GeminiClosedException extends GeminiException {
  private static final long serialVersionUID = 1L;

  public GeminiClosedException(String interactionId) {
    super("The client is closed", interactionId);
  }
}
