package dev.interactions4j;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Builds a {@link GeminiClient} for the Gemini API (an API key) or the Agent Platform (Vertex AI:
 * a project, a location and {@link Credentials}). Its {@code toString} never shows a credential.
 */
public final class GeminiClientBuilder {
  private Function<String, String> environment = System::getenv;
  private String apiKey;
  private String baseUrl;
  private Credentials credentials;
  private Boolean agentPlatform;
  private String project;
  private String location;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration requestTimeout = Duration.ofSeconds(120);
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private PollingPolicy pollingPolicy = PollingPolicy.defaults();
  private Executor executor;
  private HttpClient httpClient;
  private int repairTurns;

  GeminiClientBuilder() {}

  /**
   * The API key; by default {@code GOOGLE_API_KEY}, else {@code GEMINI_API_KEY}; optional when
   * the base URL is on loopback.
   */
  public GeminiClientBuilder apiKey(String value) {
    apiKey = value;
    return this;
  }

  /**
   * The base URL with its scheme, e.g. a simulator's {@code http://127.0.0.1:8089}: it replaces
   * the host of either endpoint, the path stays. By default {@code GEMINI_BASE_URL} (Agent
   * Platform: {@code GOOGLE_VERTEX_BASE_URL}), else Google's host (Agent Platform: the location's).
   */
  public GeminiClientBuilder baseUrl(String value) {
    baseUrl = value;
    return this;
  }

  /**
   * Calls the Agent Platform (Vertex AI) Interactions endpoint of {@code project} in {@code
   * location} ({@code global}, {@code us}, {@code eu} or a region such as {@code us-central1}),
   * with bearer tokens from {@link #credentials}. Without this call the environment decides:
   * {@code GOOGLE_GENAI_USE_VERTEXAI=true} with {@code GOOGLE_CLOUD_PROJECT} and
   * {@code GOOGLE_CLOUD_LOCATION}.
   */
  public GeminiClientBuilder agentPlatform(String projectValue, String locationValue) {
    agentPlatform = true;
    project = Objects.requireNonNull(projectValue, "project");
    location = Objects.requireNonNull(locationValue, "location");
    return this;
  }

  /** Calls the Agent Platform in express mode: an API key, no project, the global host. */
  public GeminiClientBuilder agentPlatformExpress() {
    agentPlatform = true;
    project = null;
    location = null;
    return this;
  }

  /** Calls the Gemini API whatever the environment says ({@code GOOGLE_GENAI_USE_VERTEXAI}). */
  public GeminiClientBuilder geminiApi() {
    agentPlatform = false;
    return this;
  }

  /**
   * Bearer tokens for the Agent Platform, e.g. {@code AdcCredentials.applicationDefault()} from
   * the module {@code interactions4j-adc}; sent only to the configured host.
   */
  public GeminiClientBuilder credentials(Credentials value) {
    credentials = Objects.requireNonNull(value);
    return this;
  }

  /** The time allowed to connect; 10 s by default. */
  public GeminiClientBuilder connectTimeout(Duration value) {
    connectTimeout = Objects.requireNonNull(value);
    return this;
  }

  /** The time allowed for a response to start; 120 s by default. */
  public GeminiClientBuilder requestTimeout(Duration value) {
    requestTimeout = Objects.requireNonNull(value);
    return this;
  }

  /** The retry policy; {@link RetryPolicy#defaults()} by default. */
  public GeminiClientBuilder retryPolicy(RetryPolicy value) {
    retryPolicy = Objects.requireNonNull(value);
    return this;
  }

  /** How background interactions are polled; {@link PollingPolicy#defaults()} by default. */
  public GeminiClientBuilder pollingPolicy(PollingPolicy value) {
    pollingPolicy = Objects.requireNonNull(value);
    return this;
  }

  /** The executor for asynchronous calls; by default a cached pool of daemon threads. */
  public GeminiClientBuilder executor(Executor value) {
    executor = Objects.requireNonNull(value);
    return this;
  }

  /** An HTTP client of your own (proxies, TLS); timeouts then come from it. */
  public GeminiClientBuilder httpClient(HttpClient value) {
    httpClient = Objects.requireNonNull(value);
    return this;
  }

  /**
   * How many times structured output that does not match its schema is sent back to the model
   * with the error, in the same conversation, before giving up; 0 (off) by default.
   */
  public GeminiClientBuilder repairTurns(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("repairTurns must not be negative");
    }
    repairTurns = value;
    return this;
  }

  GeminiClientBuilder environment(Function<String, String> value) {
    environment = value;
    return this;
  }

  /** The client. */
  public GeminiClient build() {
    EndpointChoice.Choice choice = EndpointChoice.choose(
        new EndpointChoice.Settings(apiKey, credentials, baseUrl, agentPlatform, project, location), environment);
    Executor chosen = executor;
    Runnable onClose = () -> {};
    if (chosen == null) {
      ExecutorService owned = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "interactions4j");
        thread.setDaemon(true);
        return thread;
      });
      chosen = owned;
      onClose = owned::shutdown;
    }
    HttpClient http = httpClient != null ? httpClient
        : HttpClient.newBuilder().connectTimeout(connectTimeout).executor(chosen).build();
    HttpTransport transport = new HttpTransport(http, choice.endpoint(), choice.auth(), requestTimeout, retryPolicy);
    return new GeminiClient(transport, chosen, pollingPolicy, repairTurns, onClose);
  }

  @Override
  public String toString() {
    return "GeminiClientBuilder[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "<from environment>" : "<redacted>")
        + (agentPlatform == Boolean.TRUE ? ", agentPlatform=" + (project == null ? "express" : project + "/" + location) : "")
        + (credentials == null ? "" : ", credentials=<redacted>") + "]";
  }
}
