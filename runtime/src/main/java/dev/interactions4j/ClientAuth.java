package dev.interactions4j;

import java.io.IOException;
import java.net.http.HttpRequest;

/**
 * The credential every request carries: an API key ({@code x-goog-api-key}), or a bearer token
 * from {@link Credentials} ({@code Authorization}, plus {@code x-goog-user-project} when the
 * credentials name a quota project). The transport attaches it only to its own host.
 */
final class ClientAuth {
  private final String apiKey;
  private final Credentials credentials;

  private ClientAuth(String apiKey, Credentials credentials) {
    this.apiKey = apiKey;
    this.credentials = credentials;
  }

  /** {@code key} null: none sent (a loopback base URL needs none). */
  static ClientAuth apiKey(String key) {
    return new ClientAuth(key, null);
  }

  static ClientAuth bearer(Credentials credentials) {
    return new ClientAuth(null, credentials);
  }

  boolean isBearer() {
    return credentials != null;
  }

  /** Adds the credential's headers; the token is the credentials' current one. */
  void apply(HttpRequest.Builder builder, String interactionId) {
    if (credentials == null) {
      if (apiKey != null) {
        builder.header("x-goog-api-key", apiKey);
      }
      return;
    }
    builder.header("Authorization", "Bearer " + token(false, interactionId));
    String quotaProject = credentials.quotaProject();
    if (quotaProject != null && !quotaProject.isBlank()) {
      builder.header("x-goog-user-project", quotaProject);
    }
  }

  /**
   * After a 401: asks the credentials for a fresh token, and says whether one more try is worth
   * it (an API key or a fixed token cannot change).
   */
  boolean refresh(HttpRequest refused, String interactionId) {
    if (credentials == null) {
      return false;
    }
    String sent = refused.headers().firstValue("Authorization").orElse("");
    return !sent.equals("Bearer " + token(true, interactionId));
  }

  private String token(boolean fresh, String interactionId) {
    try {
      String token = fresh ? credentials.refreshAccessToken() : credentials.accessToken();
      if (token == null || token.isBlank()) {
        throw new GeminiException("The credentials gave no access token", interactionId, null);
      }
      return token;
    } catch (IOException e) {
      // The cause's message is kept: token endpoints explain refusals there, never with the token.
      throw new GeminiTransportException("Could not get an access token: " + e.getMessage(), interactionId, e);
    }
  }

  @Override
  public String toString() {
    return credentials == null ? "ClientAuth[apiKey=<redacted>]" : "ClientAuth[bearer=<redacted>]";
  }
}
