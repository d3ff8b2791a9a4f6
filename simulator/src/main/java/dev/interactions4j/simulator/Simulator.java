package dev.interactions4j.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Interactions API server on loopback with a deterministic scripted model: for the
 * sample app, for tests, and for your own tests. Real HTTP, the real wire format, the real
 * error shapes; faults on demand.
 *
 * <pre>{@code
 * try (Simulator simulator = Simulator.start()) {
 *   GeminiClient client = GeminiClient.builder().baseUrl(simulator.baseUrl()).apiKey("any").build();
 *   ...
 * }
 * }</pre>
 */
public final class Simulator implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final InteractionEngine engine;
  private final Faults faults;
  private final RedirectHost redirects;
  private final Queue<RecordedRequest> recorded;
  private final Access access;
  private final ServiceAccountKeys keys;
  private final WebhookSigner signer;
  private final WebhookSender sender;
  private final FileStore files;
  private final String baseUrl;

  static {
    // Without TCP_NODELAY the JDK server's small answers wait ~40 ms for delayed ACKs; read once,
    // when the JDK server's configuration loads, so it is set before the first server starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private Simulator(Builder builder) {
    JacksonCheck.require();
    Ids ids = new Ids(builder.seed);
    this.faults = builder.faults;
    this.recorded = new ConcurrentLinkedQueue<>();
    AtomicInteger threads = new AtomicInteger();
    this.executor = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "interactions4j-simulator-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      this.server = HttpServer.create(new InetSocketAddress(builder.host, builder.port), 64);
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException("Cannot listen on " + builder.host + ":" + builder.port, e);
    }
    this.redirects = new RedirectHost(builder.host, faults, builder.seed, executor);
    String host = builder.host.contains(":") ? "[" + builder.host + "]" : builder.host;
    this.baseUrl = "http://" + host + ":" + server.getAddress().getPort();
    this.files = new FileStore(ids, faults, builder.fileProcessingTime, builder.fileProcessingGets);
    this.engine = new InteractionEngine(ids, redirects, builder.backgroundDuration, faults::decodeTokenLimit,
        new FileReferences(files, baseUrl));
    this.access = new Access(builder.apiKey, builder.bearerToken, builder.serviceAccounts, builder.tokenLifetime);
    WebhookStore webhooks = new WebhookStore(ids);
    this.signer = new WebhookSigner(baseUrl, builder.webhookAudience);
    this.sender = new WebhookSender(webhooks, signer, faults, ids, builder.webhookAttempts, builder.webhookBackoff);
    server.createContext("/", new InteractionsHandler(engine, faults, ids, access, recorded,
        new InteractionsHandler.Resources(new EnvironmentStore(ids), webhooks, sender, new FileRoutes(files, faults, ids, baseUrl))));
    server.createContext(WebhookSigner.JWKS_PATH, exchange -> {
      try (exchange) {
        InteractionsHandler.send(exchange, 200, "application/json", signer.jwks());
      }
    });
    server.createContext(TokenEndpoint.PATH, new TokenEndpoint(access, tokenUri()));
    this.keys = new ServiceAccountKeys(access, tokenUri());
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a simulator with default settings on a free port of 127.0.0.1. */
  public static Simulator start() {
    return builder().start();
  }

  /** A builder for a simulator with custom settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:54321} (no trailing slash). */
  public String baseUrl() {
    return baseUrl;
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The OAuth 2 token endpoint to put as {@code token_uri} in a service-account key file, so that
   * google-auth-library gets its access tokens here (see {@link Builder#serviceAccount}).
   */
  public String tokenUri() {
    return baseUrl + TokenEndpoint.PATH;
  }

  /**
   * A new service-account key file (JSON) whose {@code token_uri} is this simulator, its key
   * trusted from now on: point {@code GOOGLE_APPLICATION_CREDENTIALS} (or
   * {@code ServiceAccountCredentials.fromStream}) at it and google-auth-library's real flow runs
   * offline. Agent Platform paths then accept only tokens issued here (and the configured one).
   */
  public String newServiceAccountKeyFile(String project) {
    return keys.newKeyFile(project);
  }

  /** The JWKS URL of the key that signs per-request webhook deliveries (an RS256 JWT). */
  public String webhookJwksUri() {
    return baseUrl + WebhookSigner.JWKS_PATH;
  }

  /** The {@code aud} claim of per-request webhook JWTs. */
  public String webhookAudience() {
    return signer.audience();
  }

  /** Every webhook delivery finished so far (delivered, given up, or refused), in order. */
  public List<WebhookDelivery> webhookDeliveries() {
    return sender.deliveries();
  }

  /** How many times a webhook delivery is tried, and the first wait between tries (doubling). */
  public Simulator webhookRetries(int attempts, Duration firstBackoff) {
    sender.retries(attempts, firstBackoff);
    return this;
  }

  /** How many access tokens the token endpoint has issued. */
  public int tokensIssued() {
    return access.tokensIssued();
  }

  /** Makes every access token issued so far invalid: the next call with one is answered 401. */
  public Simulator revokeTokens() {
    access.revokeTokens();
    return this;
  }

  /** How long access tokens issued from now on are valid. */
  public Simulator tokenLifetime(Duration value) {
    access.tokenLifetime(value);
    return this;
  }

  /** The faults it injects; change them at any time. */
  public Faults faults() {
    return faults;
  }

  /**
   * How uploaded files are processed from now on: a new file is {@code PROCESSING} (its upload's
   * answer always is) until {@code time} has passed since its upload completed and {@code gets}
   * gets of it have been answered, then {@code ACTIVE}; by default 0 and 0, so the first look
   * after the upload finds it {@code ACTIVE}. Lists and interactions do not count as gets.
   */
  public Simulator fileProcessing(Duration time, int gets) {
    files.processing(checkProcessing(time, gets), gets);
    return this;
  }

  private static Duration checkProcessing(Duration time, int gets) {
    if (time.isNegative() || gets < 0) {
      throw new IllegalArgumentException("File processing needs a time >= 0 and gets >= 0 but got " + time + ", " + gets);
    }
    return time;
  }

  /** How many files the Files API holds now (uploaded, registered and generated). */
  public int fileCount() {
    return files.all().size();
  }

  /** Where uploaded bytes are kept (created at the first upload, deleted on close), or null before it. */
  Path filesDirectory() {
    return files.directory();
  }

  /** How long background interactions (agents) take from now on. */
  public Simulator backgroundDuration(Duration value) {
    engine.backgroundDuration(value);
    return this;
  }

  /** Every request received so far, in order, with the API key and bearer tokens redacted. */
  public List<RecordedRequest> requests() {
    return List.copyOf(recorded);
  }

  /** Forgets the recorded requests, those of the redirect host and its concurrency peak too. */
  public void clearRequests() {
    recorded.clear();
    redirects.forget();
  }

  /**
   * The base URL of the simulator's grounding redirect host, e.g. {@code http://127.0.0.1:54322}:
   * a second port on the same interface. Citations of research reports and of Google Search
   * answers link to {@code <this>/grounding-api-redirect/<token>}, which answers {@code 302} with
   * the cited page in {@code Location} (or {@code 404} once {@link Faults#expireRedirects} made it
   * expire), as Google's {@code vertexaisearch.cloud.google.com} links do.
   */
  public String redirectBaseUrl() {
    return redirects.baseUrl();
  }

  /** Every request the redirect host received so far, in order. */
  public List<RecordedRequest> redirectRequests() {
    return List.copyOf(redirects.recorded());
  }

  /** The most requests the redirect host has answered at the same time. */
  public int redirectConcurrencyPeak() {
    return redirects.peakConcurrency();
  }

  /** How many interactions were created (stored or not). */
  public int interactionsCreated() {
    return engine.createdCount();
  }

  /** Stops at once, dropping open connections. */
  @Override
  public void close() {
    sender.close();
    server.stop(0);
    redirects.close();
    executor.shutdownNow();
    files.close();
  }

  @Override
  public String toString() {
    return "Simulator[" + baseUrl + "]";
  }

  /** Builds a {@link Simulator}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private String apiKey;
    private String bearerToken;
    private final Map<String, PublicKey> serviceAccounts = new LinkedHashMap<>();
    private Duration tokenLifetime = Duration.ofHours(1);
    private String webhookAudience = "interactions4j-simulator";
    private int webhookAttempts = 5;
    private Duration webhookBackoff = Duration.ofSeconds(1);
    private long seed = 42;
    private Duration backgroundDuration = Duration.ofSeconds(3);
    private Duration fileProcessingTime = Duration.ZERO;
    private int fileProcessingGets;
    private Faults faults;

    private Builder() {}

    /** The interface to listen on; 127.0.0.1 by default. */
    public Builder host(String value) {
      host = value;
      return this;
    }

    /** The port; 0 (a free one) by default. */
    public Builder port(int value) {
      port = value;
      return this;
    }

    /** Accept only this API key; by default any non-empty key is accepted. */
    public Builder apiKey(String value) {
      apiKey = value;
      return this;
    }

    /**
     * Accept this OAuth bearer token on Agent Platform paths (besides tokens the token endpoint
     * issued); by default, when no service account is registered either, any non-empty token.
     */
    public Builder bearerToken(String value) {
      bearerToken = value;
      return this;
    }

    /**
     * Trust a service account at the token endpoint: JWTs it signs (RS256) with the private key
     * of {@code publicKey} get access tokens. Agent Platform paths then accept only issued tokens
     * (and {@link #bearerToken}).
     */
    public Builder serviceAccount(String clientEmail, PublicKey publicKey) {
      serviceAccounts.put(clientEmail, publicKey);
      return this;
    }

    /** The {@code aud} claim of per-request webhook JWTs; {@code interactions4j-simulator} by default. */
    public Builder webhookAudience(String value) {
      webhookAudience = value;
      return this;
    }

    /** How many times a webhook delivery is tried (5), and the first wait between tries (1 s, doubling). */
    public Builder webhookRetries(int attempts, Duration firstBackoff) {
      webhookAttempts = attempts;
      webhookBackoff = firstBackoff;
      return this;
    }

    /** How long issued access tokens are valid; 1 hour by default. */
    public Builder tokenLifetime(Duration value) {
      tokenLifetime = value;
      return this;
    }

    /** The seed of ids and of fault rates; 42 by default. */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /** How long background interactions (agents) take; 3 s by default. */
    public Builder backgroundDuration(Duration value) {
      backgroundDuration = value;
      return this;
    }

    /** How uploaded files are processed; see {@link Simulator#fileProcessing}. */
    public Builder fileProcessing(Duration time, int gets) {
      fileProcessingTime = checkProcessing(time, gets);
      fileProcessingGets = gets;
      return this;
    }

    /** Starts it. */
    public Simulator start() {
      if (faults == null) {
        faults = new Faults(seed);
      }
      return new Simulator(this);
    }

    /** The faults to start with; adjust them before {@link #start()}. */
    public Faults faults() {
      if (faults == null) {
        faults = new Faults(seed);
      }
      return faults;
    }
  }
}
