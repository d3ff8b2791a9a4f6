package dev.interactions4j.wire;

import java.util.Objects;

/**
 * The status of an interaction: an open value, since the API adds new ones.
 *
 * @param value the wire value, e.g. {@code completed}
 */
public record InteractionStatus(String value) {
  public static final InteractionStatus IN_PROGRESS = new InteractionStatus("in_progress");
  public static final InteractionStatus QUEUED = new InteractionStatus("queued");
  public static final InteractionStatus REQUIRES_ACTION = new InteractionStatus("requires_action");
  public static final InteractionStatus REQUIRES_CONTINUATION = new InteractionStatus("requires_continuation");
  public static final InteractionStatus COMPLETED = new InteractionStatus("completed");
  public static final InteractionStatus FAILED = new InteractionStatus("failed");
  public static final InteractionStatus CANCELLED = new InteractionStatus("cancelled");
  public static final InteractionStatus INCOMPLETE = new InteractionStatus("incomplete");
  public static final InteractionStatus BUDGET_EXCEEDED = new InteractionStatus("budget_exceeded");

  public InteractionStatus {
    Objects.requireNonNull(value, "value");
  }

  /** Whether the server will not change this interaction any more (polling can stop). */
  public boolean isTerminal() {
    return switch (value) {
      case "completed", "failed", "cancelled", "incomplete", "budget_exceeded" -> true;
      default -> false;
    };
  }

  /** Whether work is still going on server-side ({@code in_progress} or {@code queued}). */
  public boolean isRunning() {
    return value.equals("in_progress") || value.equals("queued");
  }

  @Override
  public String toString() {
    return value;
  }
}
