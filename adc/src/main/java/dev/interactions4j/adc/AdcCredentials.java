package dev.interactions4j.adc;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import dev.interactions4j.Credentials;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Application Default Credentials for the Agent Platform endpoint, from Google's own
 * google-auth-library: {@code GOOGLE_APPLICATION_CREDENTIALS}, then {@code gcloud auth
 * application-default login}'s file, then the metadata server of the machine it runs on.
 *
 * <pre>{@code
 * GeminiClient client = GeminiClient.builder()
 *     .agentPlatform("my-project", "us-central1")
 *     .credentials(AdcCredentials.applicationDefault())
 *     .build();
 * }</pre>
 */
public final class AdcCredentials implements Credentials {
  /** The scope the Agent Platform needs. */
  public static final String CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";

  private final GoogleCredentials credentials;

  private AdcCredentials(GoogleCredentials credentials) {
    this.credentials = credentials;
  }

  /** {@code GoogleCredentials.getApplicationDefault()}, scoped to {@code cloud-platform}. */
  public static AdcCredentials applicationDefault() throws IOException {
    return of(GoogleCredentials.getApplicationDefault());
  }

  /** Credentials of your own (a key file, impersonation...), scoped to {@code cloud-platform} if they need a scope. */
  public static AdcCredentials of(GoogleCredentials credentials) {
    Objects.requireNonNull(credentials, "credentials");
    return new AdcCredentials(credentials.createScopedRequired() ? credentials.createScoped(List.of(CLOUD_PLATFORM)) : credentials);
  }

  @Override
  public String accessToken() throws IOException {
    // Refreshes only when the cached token is missing or about to expire.
    credentials.refreshIfExpired();
    return value(credentials.getAccessToken());
  }

  @Override
  public String refreshAccessToken() throws IOException {
    credentials.refresh();
    return value(credentials.getAccessToken());
  }

  @Override
  public String quotaProject() {
    return credentials.getQuotaProjectId();
  }

  private static String value(AccessToken token) throws IOException {
    if (token == null || token.getTokenValue() == null) {
      throw new IOException("google-auth-library returned no access token");
    }
    return token.getTokenValue();
  }

  /** The kind of credentials, never a token. */
  @Override
  public String toString() {
    return "AdcCredentials[" + credentials.getClass().getSimpleName() + "]";
  }
}
