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
  /**
   * 15 MB: its base64 (20 MB) fits every inline limit Google's pages quote, the 20 MB of a whole
   * request on the video page as well as the 100 MB (50 MB for PDFs) of the file-input page.
   */
  static final long DEFAULT_INLINE_MEDIA_LIMIT = 15_000_000;
  private Function<String, String> environment = System::getenv;
  private String apiKey;
  private String baseUrl;
  private Credentials credentials;
  private Boolean agentPlatform;
  private String project;
  private String location;
  private ApiVersion apiVersion;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration requestTimeout = ClientLimits.DEFAULT_REQUEST_TIMEOUT;
  private Duration readTimeout = ClientLimits.DEFAULT_READ_TIMEOUT;
  private Duration callTimeout = ClientLimits.DEFAULT_CALL_TIMEOUT;
  private int maxEventSize = ClientLimits.DEFAULT_MAX_EVENT_SIZE;
  private int maxTextSize = ClientLimits.DEFAULT_MAX_TEXT_SIZE;
  private int maxErrorBodySize = ClientLimits.DEFAULT_MAX_ERROR_BODY_SIZE;
  private int streamResumeLimit = ClientLimits.DEFAULT_STREAM_RESUME_LIMIT;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private PollingPolicy pollingPolicy = PollingPolicy.defaults();
  private Executor executor;
  private HttpClient httpClient;
  private int repairTurns;
  private long inlineMediaLimit = DEFAULT_INLINE_MEDIA_LIMIT;
  private boolean autoContinue = true;
  private int maxContinuationHops = DEFAULT_CONTINUATION_HOPS;

  /** Continuation hops after the first answer: a 16-fold answer is far beyond any decode limit seen. */
  static final int DEFAULT_CONTINUATION_HOPS = 16;

  GeminiClientBuilder() {}

  /**
   * The API key; by default {@code GOOGLE_API_KEY}, else {@code GEMINI_API_KEY} (when both are
   * set, {@code GOOGLE_API_KEY} wins and a warning is logged, as in Google's SDKs); optional when
   * the base URL is on loopback.
   */
  public GeminiClientBuilder apiKey(String value) {
    apiKey = value;
    return this;
  }

  /**
   * The base URL with its scheme, e.g. a simulator's {@code http://127.0.0.1:8089}: it replaces
   * the host of either endpoint, the path stays. By default {@code GEMINI_BASE_URL}, else {@code
   * GOOGLE_GEMINI_BASE_URL} (the name Google's SDKs read; Agent Platform: {@code
   * GOOGLE_VERTEX_BASE_URL}), else Google's host (Agent Platform: the location's).
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

  /**
   * The API version of every path: {@link ApiVersion#V1BETA} by default on the Gemini API (also
   * {@link ApiVersion#V1}, where the Interactions API is generally available), {@link
   * ApiVersion#V1BETA1} by default on the Agent Platform (also {@code V1}). Webhooks and
   * environments follow it; the Files upload path stays {@code upload/v1beta/files}, as in
   * Google's SDKs. A version of the other endpoint fails {@link #build()}.
   */
  public GeminiClientBuilder apiVersion(ApiVersion value) {
    apiVersion = Objects.requireNonNull(value, "apiVersion");
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

  /**
   * The longest silence while an answer or a stream is arriving: no byte for this long ends the
   * read (a unary call is then retried, a stream resumed); 120 s by default, as long as an answer
   * may take to start.
   */
  public GeminiClientBuilder readTimeout(Duration value) {
    readTimeout = positive(value, "readTimeout");
    return this;
  }

  /**
   * The most a unary call (create, get, cancel, delete) may take in all, its retries and the
   * reading of its answer included, so that a body trickled a byte at a time still ends; 10
   * minutes by default. A stream's events have no deadline (the read timeout bounds each wait).
   */
  public GeminiClientBuilder callTimeout(Duration value) {
    callTimeout = positive(value, "callTimeout");
    return this;
  }

  /**
   * The largest server-sent event, in bytes, before the stream fails with a {@link
   * GeminiStreamException}; 32 MiB by default, room for a 24 MB image streamed in one delta.
   */
  public GeminiClientBuilder maxEventSize(int bytes) {
    maxEventSize = positive(bytes, "maxEventSize");
    return this;
  }

  /**
   * The longest text one answer may hold, in characters (a streamed answer's deltas together, or
   * one text value of a unary answer larger than 256 KiB), before the call fails typed; 16 Mi characters by default,
   * about 60 times the longest answer a model writes today. Media is not text: it spills to disk.
   */
  public GeminiClientBuilder maxTextSize(int chars) {
    maxTextSize = positive(chars, "maxTextSize");
    return this;
  }

  /**
   * How much of an error answer's body is read, in bytes; the rest is not read and its
   * connection is dropped. 64 KiB by default: error bodies are a few hundred bytes.
   */
  public GeminiClientBuilder maxErrorBodySize(int bytes) {
    maxErrorBodySize = positive(bytes, "maxErrorBodySize");
    return this;
  }

  /**
   * How many resumes of a broken stream in a row may bring no new event before the stream fails;
   * 5 by default. Resumes after the first are spaced by the retry policy's backoff.
   */
  public GeminiClientBuilder streamResumeLimit(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("streamResumeLimit must not be negative");
    }
    streamResumeLimit = value;
    return this;
  }

  private static Duration positive(Duration value, String name) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive but is " + value);
    }
    return value;
  }

  private static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive but is " + value);
    }
    return value;
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

  /**
   * An HTTP client of your own (proxies, TLS); its connect timeout then applies. Redirects are
   * never left to it, since the JDK would re-send the API key to any host a redirect names: if it
   * follows redirects, a twin with its settings and none is used, and redirects within the
   * configured host are followed by the client itself; others are refused.
   */
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

  /**
   * The most inline media (bytes, before base64) one request of a generated service may carry:
   * past it, media is uploaded with the Files API, the largest first, awaited until {@code
   * ACTIVE} and sent by URI. 15 MB by default (the strictest limit Google's pages quote); 0 uploads
   * every media.
   */
  public GeminiClientBuilder inlineMediaLimit(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("inlineMediaLimit must not be negative but is " + bytes);
    }
    inlineMediaLimit = bytes;
    return this;
  }

  /**
   * Whether an answer the server stopped at its decode limit ({@code requires_continuation} with
   * a {@code continuation_token}) is continued by the client until it ends, in {@code create},
   * {@code generate}, conversations, services and the tool loop; true by default. Each hop is a
   * create that bills the input again; off, such answers come back as they are, to continue by
   * hand with {@link dev.interactions4j.wire.InteractionRequestBuilder#continuationToken} or
   * {@link GeminiClient#continueAnswer}. Background interactions are continued by the server.
   */
  public GeminiClientBuilder autoContinue(boolean value) {
    autoContinue = value;
    return this;
  }

  /**
   * The most continuation hops one call makes after its first answer; 16 by default. Past it the
   * joined answer comes back still {@code requires_continuation}, with the token to go on.
   */
  public GeminiClientBuilder maxContinuationHops(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("maxContinuationHops must be at least 1 but is " + value
          + "; autoContinue(false) turns continuation off");
    }
    maxContinuationHops = value;
    return this;
  }

  GeminiClientBuilder environment(Function<String, String> value) {
    environment = value;
    return this;
  }

  /** The client. */
  public GeminiClient build() {
    JacksonVersions.require();
    EndpointChoice.Choice choice = EndpointChoice.choose(
        new EndpointChoice.Settings(apiKey, credentials, baseUrl, agentPlatform, project, location, apiVersion), environment);
    Executor chosen = executor;
    Runnable onClose = () -> {};
    if (chosen == null) {
      ExecutorService owned = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "interactions4j");
        thread.setDaemon(true);
        return thread;
      });
      chosen = owned;
      // Interrupts the threads of calls in flight, which the transport has already ended.
      onClose = owned::shutdownNow;
    }
    HttpClient http = httpClient != null ? CredentialScope.withoutRedirects(httpClient)
        : HttpClient.newBuilder().connectTimeout(connectTimeout).executor(chosen).build();
    boolean followRedirects = httpClient != null && httpClient.followRedirects() != HttpClient.Redirect.NEVER;
    ClientLimits limits = new ClientLimits(requestTimeout, readTimeout, callTimeout, maxEventSize, maxTextSize,
        maxErrorBodySize, streamResumeLimit);
    HttpTransport transport = new HttpTransport(http, choice.endpoint(), choice.auth(), limits, retryPolicy, followRedirects);
    return new GeminiClient(transport, chosen, pollingPolicy, repairTurns, maxContinuationHops, autoContinue,
        inlineMediaLimit, onClose);
  }

  @Override
  public String toString() {
    return "GeminiClientBuilder[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "<from environment>" : "<redacted>")
        + (apiVersion == null ? "" : ", apiVersion=" + apiVersion)
        + (agentPlatform == Boolean.TRUE ? ", agentPlatform=" + (project == null ? "express" : project + "/" + location) : "")
        + (credentials == null ? "" : ", credentials=<redacted>") + "]";
  }
}
