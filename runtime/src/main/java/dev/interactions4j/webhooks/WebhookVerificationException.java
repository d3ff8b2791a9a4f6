package dev.interactions4j.webhooks;

/** A delivery that did not verify; {@link #reason()} says why. It never carries a secret. */
public final class WebhookVerificationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a delivery was refused. */
  public enum Reason {
    /** A {@code webhook-id}, {@code webhook-timestamp} or {@code webhook-signature} header is missing or malformed. */
    MALFORMED,
    /** The timestamp is outside the tolerance window (an old delivery replayed, or a clock far off). */
    STALE_TIMESTAMP,
    /** No signature matches any of the secrets (or keys), or the body was changed. */
    BAD_SIGNATURE,
    /** This {@code webhook-id} was verified before: a retry or a replay, already handled. */
    REPLAY
  }

  private final Reason reason;
  private final String webhookId;

  WebhookVerificationException(Reason reason, String webhookId, String message) {
    super(message);
    this.reason = reason;
    this.webhookId = webhookId;
  }

  public Reason reason() {
    return reason;
  }

  /** The delivery's {@code webhook-id}, or null when it had none. */
  public String webhookId() {
    return webhookId;
  }
}
