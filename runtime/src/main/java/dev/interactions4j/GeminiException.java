package dev.interactions4j;

import java.util.Optional;

/**
 * Root of every exception interactions4j throws. Unchecked, like Jackson 3's {@code JacksonException}.
 *
 * <p>Carries the id of the interaction it concerns when one is known, so a failure can be looked up
 * on the server. Messages never contain the API key or other secrets.
 */
public class GeminiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String interactionId;

  public GeminiException(String message, String interactionId, Throwable cause) {
    super(message, cause);
    this.interactionId = interactionId == null || interactionId.isEmpty() ? null : interactionId;
  }

  public GeminiException(String message, String interactionId) {
    this(message, interactionId, null);
  }

  public GeminiException(String message) {
    this(message, null, null);
  }

  /** The id of the interaction this failure concerns, when known. */
  public Optional<String> interactionId() {
    return Optional.ofNullable(interactionId);
  }
}
