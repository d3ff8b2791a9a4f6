package dev.interactions4j;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** Builds a {@link GeminiClient}. Its {@code toString} never shows the API key. */
public final class GeminiClientBuilder {
  static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com";

  private Function<String, String> environment = System::getenv;
  private String apiKey;
  private String baseUrl;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration requestTimeout = Duration.ofSeconds(120);
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private PollingPolicy pollingPolicy = PollingPolicy.defaults();
  private Executor executor;
  private HttpClient httpClient;
  private int repairTurns;

  GeminiClientBuilder() {}

  /** The API key; by default {@code GEMINI_API_KEY}; optional when the base URL is on loopback. */
  public GeminiClientBuilder apiKey(String value) {
    apiKey = value;
    return this;
  }

  /**
   * The base URL with its scheme, e.g. a simulator's {@code http://127.0.0.1:8089}; by default
   * {@code GEMINI_BASE_URL}, else Google's.
   */
  public GeminiClientBuilder baseUrl(String value) {
    baseUrl = value;
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
    String url = baseUrl != null ? baseUrl : environment.apply("GEMINI_BASE_URL");
    url = BaseUrl.check(url == null || url.isBlank() ? DEFAULT_BASE_URL : url);
    String key = apiKey != null ? apiKey : environment.apply("GEMINI_API_KEY");
    if (key == null || key.isBlank()) {
      if (!BaseUrl.isLoopback(url)) {
        throw new GeminiException("No API key: set the GEMINI_API_KEY environment variable or call apiKey(...)"
            + " (a loopback base URL, such as a local simulator's, needs none)");
      }
      key = null;
    }
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
    HttpTransport transport = new HttpTransport(http, url, key, requestTimeout, retryPolicy);
    return new GeminiClient(transport, chosen, pollingPolicy, repairTurns, onClose);
  }

  @Override
  public String toString() {
    return "GeminiClientBuilder[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "<from environment>" : "<redacted>") + "]";
  }
}
