package dev.interactions4j;

import java.io.IOException;
import java.util.Objects;

/**
 * OAuth 2 bearer tokens for the Agent Platform (Vertex AI): the client asks for a token before
 * each request, and when the server refuses one with 401 it asks for a fresh token once and
 * retries. Tokens are secrets: the client sends them only to its configured host, in the {@code
 * Authorization} header, and never shows them in a log, a message or a {@code toString}.
 *
 * <p>Application Default Credentials come from the optional module {@code interactions4j-adc}
 * ({@code AdcCredentials.applicationDefault()}), which wraps Google's own google-auth-library; the
 * runtime itself depends on nothing but Jackson and the JDK.
 */
public interface Credentials {
  /** A token to send now; implementations cache it and refresh it shortly before it expires. */
  String accessToken() throws IOException;

  /** A new token, after the server refused the last one (401): never the refused one again. */
  String refreshAccessToken() throws IOException;

  /** The project billed for quota ({@code x-goog-user-project}), or null for the caller's own. */
  default String quotaProject() {
    return null;
  }

  /**
   * A token obtained elsewhere (e.g. {@code gcloud auth print-access-token}); it cannot be
   * refreshed, so a 401 is reported as it is.
   */
  static Credentials ofToken(String token) {
    Objects.requireNonNull(token, "token");
    return new Credentials() {
      @Override
      public String accessToken() {
        return token;
      }

      @Override
      public String refreshAccessToken() {
        return token;
      }

      @Override
      public String toString() {
        return "Credentials[token=<redacted>]";
      }
    };
  }
}
