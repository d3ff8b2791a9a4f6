package dev.interactions4j.tools;

import dev.interactions4j.GeminiException;

/** A function threw while the loop ran it with {@link ToolErrorPolicy#RETHROW}. */
public final class ToolExecutionException extends GeminiException {
  private static final long serialVersionUID = 1L;

  private final String functionName;

  public ToolExecutionException(String functionName, String interactionId, Throwable cause) {
    super("Function '" + functionName + "' failed: " + cause, interactionId, cause);
    this.functionName = functionName;
  }

  /** The function that threw. */
  public String functionName() {
    return functionName;
  }
}
