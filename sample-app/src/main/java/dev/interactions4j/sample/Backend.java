package dev.interactions4j.sample;

import dev.interactions4j.ApiVersion;
import dev.interactions4j.CitationResolver;
import dev.interactions4j.Credentials;
import dev.interactions4j.GeminiClient;
import dev.interactions4j.GeminiClientBuilder;
import dev.interactions4j.GeminiException;
import dev.interactions4j.adc.AdcCredentials;
import dev.interactions4j.webhooks.JwksKeys;
import dev.interactions4j.webhooks.WebhookVerifier;
import java.io.IOException;
import dev.interactions4j.simulator.Simulator;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the app's calls go: Google with {@code GOOGLE_API_KEY} (else {@code GEMINI_API_KEY}, read
 * as Google's SDKs read them), a given {@code --base-url}, or, with neither, a simulator started
 * in this process; always on the given API version (null: the client's default).
 */
final class Backend implements AutoCloseable {
  private final GeminiClient client;
  private final Simulator simulator;

  private Backend(GeminiClient client, Simulator simulator) {
    this.client = client;
    this.simulator = simulator;
  }

  static Backend open(String baseUrl, ApiVersion version, Function<String, String> environment, PrintStream out) {
    String google = environment.apply("GOOGLE_API_KEY");
    String key = google != null && !google.isBlank() ? google : environment.apply("GEMINI_API_KEY");
    boolean hasKey = key != null && !key.isBlank();
    if (baseUrl != null) {
      return new Backend(versioned(GeminiClient.builder(), version).baseUrl(baseUrl).apiKey(hasKey ? key : "local").build(), null);
    }
    if (hasKey) {
      return new Backend(versioned(GeminiClient.builder(), version).apiKey(key).build(), null);
    }
    Simulator simulator = Simulator.builder().backgroundDuration(Duration.ofSeconds(2)).start();
    out.println("No GOOGLE_API_KEY or GEMINI_API_KEY set: using the embedded Interactions API simulator at " + simulator.baseUrl());
    return new Backend(versioned(GeminiClient.builder(), version).baseUrl(simulator.baseUrl()).apiKey("simulator").build(),
        simulator);
  }

  private static GeminiClientBuilder versioned(GeminiClientBuilder builder, ApiVersion version) {
    return version == null ? builder : builder.apiVersion(version);
  }

  /**
   * The Agent Platform endpoint of {@code project} in {@code location}; {@code baseUrl} (or null)
   * replaces its host. Tokens come from {@code GOOGLE_GENAI_ACCESS_TOKEN} when set, else from
   * Application Default Credentials.
   */
  static Backend agentPlatform(String project, String location, String baseUrl, ApiVersion version,
      Function<String, String> environment) {
    String token = environment.apply("GOOGLE_GENAI_ACCESS_TOKEN");
    Credentials credentials;
    try {
      credentials = token != null && !token.isBlank() ? Credentials.ofToken(token) : AdcCredentials.applicationDefault();
    } catch (IOException e) {
      throw new GeminiException("No Application Default Credentials: run 'gcloud auth application-default login' or set"
          + " GOOGLE_APPLICATION_CREDENTIALS (" + e.getMessage() + ")");
    }
    return new Backend(versioned(GeminiClient.builder(), version).agentPlatform(project, location).baseUrl(baseUrl)
        .credentials(credentials).build(), null);
  }

  GeminiClient client() {
    return client;
  }

  /**
   * Resolution of citation redirect links: Google's hosts, the embedded simulator's redirect
   * host when there is one, and {@code moreHosts}.
   */
  CitationResolver citationResolver(List<String> moreHosts) {
    CitationResolver.Builder resolver = CitationResolver.builder();
    if (simulator != null) {
      resolver.addRedirectHost(URI.create(simulator.redirectBaseUrl()).getAuthority());
    }
    moreHosts.forEach(resolver::addRedirectHost);
    return resolver.build();
  }

  /**
   * Checks the JWT of per-request webhook deliveries: keys from the embedded simulator's JWKS, or
   * Google's documented one; the audience given, else the simulator's (Google documents none).
   */
  WebhookVerifier webhookVerifier(String audience) {
    try {
      JwksKeys keys = JwksKeys.fetch(simulator != null ? URI.create(simulator.webhookJwksUri()) : JwksKeys.GEMINI);
      String expected = audience != null ? audience : simulator != null ? simulator.webhookAudience() : null;
      if (expected == null) {
        throw new GeminiException("--webhook-audience is needed against Google: its webhook JWT audience is undocumented");
      }
      return WebhookVerifier.builder().jwt(keys, expected).build();
    } catch (IOException e) {
      throw new GeminiException("Cannot fetch the webhook signing keys: " + e.getMessage());
    }
  }

  /** The embedded simulator, when the app runs against one (fault demos need it). */
  Optional<Simulator> simulator() {
    return Optional.ofNullable(simulator);
  }

  @Override
  public void close() {
    client.close();
    if (simulator != null) {
      simulator.close();
    }
  }
}
