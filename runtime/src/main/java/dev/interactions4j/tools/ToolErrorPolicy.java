package dev.interactions4j.tools;

/** What the tool loop does when a function throws. */
public enum ToolErrorPolicy {
  /** Send {@code is_error: true} and the exception's message to the model, which can recover. */
  SEND_TO_MODEL,
  /** Stop the loop and throw a {@link ToolExecutionException}. */
  RETHROW
}
