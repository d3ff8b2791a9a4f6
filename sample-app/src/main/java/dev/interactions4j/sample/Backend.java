package dev.interactions4j.sample;

import dev.interactions4j.CitationResolver;
import dev.interactions4j.Credentials;
import dev.interactions4j.GeminiClient;
import dev.interactions4j.GeminiException;
import dev.interactions4j.adc.AdcCredentials;
import java.io.IOException;
import dev.interactions4j.simulator.Simulator;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the app's calls go: Google with {@code GEMINI_API_KEY}, a given {@code --base-url}, or,
 * with neither, a simulator started in this process.
 */
final class Backend implements AutoCloseable {
  private final GeminiClient client;
  private final Simulator simulator;

  private Backend(GeminiClient client, Simulator simulator) {
    this.client = client;
    this.simulator = simulator;
  }

  static Backend open(String baseUrl, Function<String, String> environment, PrintStream out) {
    String key = environment.apply("GEMINI_API_KEY");
    boolean hasKey = key != null && !key.isBlank();
    if (baseUrl != null) {
      return new Backend(GeminiClient.builder().baseUrl(baseUrl).apiKey(hasKey ? key : "local").build(), null);
    }
    if (hasKey) {
      return new Backend(GeminiClient.builder().apiKey(key).build(), null);
    }
    Simulator simulator = Simulator.builder().backgroundDuration(Duration.ofSeconds(2)).start();
    out.println("No GEMINI_API_KEY set: using the embedded Interactions API simulator at " + simulator.baseUrl());
    return new Backend(GeminiClient.builder().baseUrl(simulator.baseUrl()).apiKey("simulator").build(), simulator);
  }

  /**
   * The Agent Platform endpoint of {@code project} in {@code location}; {@code baseUrl} (or null)
   * replaces its host. Tokens come from {@code GOOGLE_GENAI_ACCESS_TOKEN} when set, else from
   * Application Default Credentials.
   */
  static Backend agentPlatform(String project, String location, String baseUrl, Function<String, String> environment) {
    String token = environment.apply("GOOGLE_GENAI_ACCESS_TOKEN");
    Credentials credentials;
    try {
      credentials = token != null && !token.isBlank() ? Credentials.ofToken(token) : AdcCredentials.applicationDefault();
    } catch (IOException e) {
      throw new GeminiException("No Application Default Credentials: run 'gcloud auth application-default login' or set"
          + " GOOGLE_APPLICATION_CREDENTIALS (" + e.getMessage() + ")");
    }
    return new Backend(GeminiClient.builder().agentPlatform(project, location).baseUrl(baseUrl).credentials(credentials)
        .build(), null);
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
