package dev.interactions4j;

import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.Tool;
import dev.interactions4j.wire.WireFormatException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Removes a client's secrets (its API key or bearer token, and the MCP header values of the
 * requests it sent) from any text the library shows: exception messages, raw bodies, log records.
 * A server or proxy that echoes a credential back must not put it in front of whoever reads logs.
 */
final class Redactor {
  static final String MASK = "<redacted>";
  /** Shorter values are not masked: they would mangle ordinary text and guard nothing real. */
  static final int SHORTEST_SECRET = 8;

  private final Set<String> secrets = new CopyOnWriteArraySet<>();

  /** Adds a secret (ignored when null or shorter than {@link #SHORTEST_SECRET}). */
  void remember(String secret) {
    if (secret != null && secret.length() >= SHORTEST_SECRET) {
      secrets.add(secret);
      // A value echoed inside a JSON string may have its slashes escaped.
      secrets.add(secret.replace("/", "\\/"));
    }
  }

  /** Remembers the MCP header values a request carries, before it is sent. */
  void rememberHeaders(InteractionRequest request) {
    List<Tool> tools = request.tools();
    if (tools == null) {
      return;
    }
    for (Tool tool : tools) {
      if (tool instanceof Tool.McpServer mcp && mcp.headers() != null) {
        mcp.headers().values().forEach(this::remember);
      }
    }
  }

  /** {@code text} with every secret masked. */
  String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      if (result.contains(secret)) {
        result = result.replace(secret, MASK);
      }
    }
    return result;
  }

  /**
   * {@code failure} itself when no message in its causes holds a secret, else a copy of the same
   * type with the secrets masked; a cause that held one is replaced by its masked description,
   * since a foreign exception's message cannot be rewritten.
   */
  GeminiException scrub(GeminiException failure) {
    if (!leaks(failure)) {
      return failure;
    }
    String id = failure.interactionId().orElse(null);
    Throwable cause = failure.getCause() == null ? null : new RedactedCause(redact(failure.getCause().toString()));
    GeminiException copy;
    if (failure instanceof GeminiApiException api) {
      copy = new GeminiApiException(api.httpStatus(), api.errorStatus().orElse(null), api.errorCode().orElse(null),
          redact(api.serverMessage().orElse(null)), redact(api.rawBody()), id);
    } else if (failure instanceof WireFormatException wire) {
      String message = wire.getMessage();
      String problem = message.substring(0, Math.max(0, message.lastIndexOf("; raw text: ")));
      copy = new WireFormatException(redact(problem), redact(wire.rawText()), id, cause);
    } else if (failure instanceof GeminiStreamException stream) {
      copy = new GeminiStreamException(redact(stream.getMessage()), id, redact(stream.partialText()), cause);
    } else if (failure instanceof GeminiTimeoutException) {
      copy = new GeminiTimeoutException(redact(failure.getMessage()), id, cause);
    } else if (failure instanceof GeminiTransportException) {
      copy = new GeminiTransportException(redact(failure.getMessage()), id, cause);
    } else {
      copy = new GeminiException(redact(failure.getMessage()), id, cause);
    }
    copy.setStackTrace(failure.getStackTrace());
    return copy;
  }

  private boolean leaks(Throwable failure) {
    for (Throwable link = failure; link != null; link = link.getCause()) {
      if (holdsSecret(link.getMessage())
          || link instanceof GeminiApiException api && holdsSecret(api.rawBody())
          || link instanceof WireFormatException wire && holdsSecret(wire.rawText())
          || link instanceof GeminiStreamException stream && holdsSecret(stream.partialText())) {
        return true;
      }
    }
    return false;
  }

  private boolean holdsSecret(String text) {
    if (text == null) {
      return false;
    }
    for (String secret : secrets) {
      if (text.contains(secret)) {
        return true;
      }
    }
    return false;
  }

  /** What a cause said, masked; stands in for a cause whose own message held a secret. */
  private static final class RedactedCause extends Exception {
    private static final long serialVersionUID = 1L;

    RedactedCause(String description) {
      super(description, null, false, false);
    }
  }
}
