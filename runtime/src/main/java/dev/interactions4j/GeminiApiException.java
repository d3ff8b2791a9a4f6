package dev.interactions4j;

import java.util.Optional;

/**
 * The API answered with an error status. Carries the HTTP status, the error's RPC status (such
 * as {@code RESOURCE_EXHAUSTED}) and code when the body had them, the server's message and the
 * raw body.
 */
public class GeminiApiException extends GeminiException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final String errorStatus;
  private final String errorCode;
  private final String serverMessage;
  private final String rawBody;

  public GeminiApiException(int httpStatus, String errorStatus, String errorCode, String serverMessage,
      String rawBody, String interactionId) {
    super(describe(httpStatus, errorStatus, errorCode, serverMessage, rawBody), interactionId);
    this.httpStatus = httpStatus;
    this.errorStatus = errorStatus;
    this.errorCode = errorCode;
    this.serverMessage = serverMessage;
    this.rawBody = rawBody;
  }

  private static String describe(int httpStatus, String errorStatus, String errorCode, String message, String rawBody) {
    StringBuilder text = new StringBuilder("HTTP ").append(httpStatus);
    if (errorStatus != null) {
      text.append(' ').append(errorStatus);
    } else if (errorCode != null) {
      text.append(' ').append(errorCode);
    }
    if (message != null) {
      text.append(": ").append(message);
    } else if (rawBody != null && !rawBody.isBlank()) {
      text.append(": ").append(rawBody.length() > 200 ? rawBody.substring(0, 200) + "…" : rawBody);
    }
    return text.toString();
  }

  /** The HTTP status code. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The RPC status such as {@code NOT_FOUND}, when the body had one. */
  public Optional<String> errorStatus() {
    return Optional.ofNullable(errorStatus);
  }

  /** The error code as text ({@code 429}, {@code invalid_request}), when the body had one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The server's own message, when the body had one. */
  public Optional<String> serverMessage() {
    return Optional.ofNullable(serverMessage);
  }

  /** The raw response body. */
  public String rawBody() {
    return rawBody;
  }

  /** Whether the server asked to slow down (HTTP 429). */
  public boolean isRateLimited() {
    return httpStatus == 429;
  }

  /** Whether the thing asked for does not exist (HTTP 404). */
  public boolean isNotFound() {
    return httpStatus == 404;
  }

  /** Whether the API key was missing or refused (HTTP 401 or 403). */
  public boolean isAuthenticationFailure() {
    return httpStatus == 401 || httpStatus == 403;
  }
}
