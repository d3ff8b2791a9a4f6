package dev.interactions4j;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Resolves the redirect links that citations carry ({@code
 * https://vertexaisearch.cloud.google.com/grounding-api-redirect/...}, which expire) to the
 * cited pages' own addresses. Each distinct redirect link costs one request that reads only the
 * answer's {@code Location}; the page itself is never fetched. The requests go through an HTTP
 * client of their own that carries no API key, token or cookie (the redirect host is not the API
 * host) and follows no redirect; each is bounded in time, all of them together too, and at most
 * {@link Builder#parallelism(int)} run at once. A link that cannot be resolved is kept, marked
 * {@link SourceLink.Status#UNRESOLVED} with the reason.
 *
 * <pre>{@code
 * Report report = Report.from(interaction).resolveSources();             // Google's hosts
 * CitationResolver mine = CitationResolver.builder().addRedirectHost("127.0.0.1:8090").build();
 * Report local = Report.from(interaction).resolveSources(mine);
 * }</pre>
 */
public final class CitationResolver {
  /** The hosts Google's grounding redirect links are documented on. */
  public static final Set<String> GOOGLE_REDIRECT_HOSTS = Set.of("vertexaisearch.cloud.google.com");
  private static final int MAX_LOCATION_CHARS = 8192;
  // Reads the status line and headers, then drops the connection: the body is never read.
  private static final HttpResponse.BodyHandler<Void> HEADERS_ONLY = info -> new HttpResponse.BodySubscriber<>() {
    @Override
    public CompletableFuture<Void> getBody() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.cancel();
    }

    @Override
    public void onNext(List<ByteBuffer> item) {}

    @Override
    public void onError(Throwable throwable) {}

    @Override
    public void onComplete() {}
  };

  private final Set<String> redirectHosts;
  private final Duration timeoutPerUrl;
  private final Duration totalTimeout;
  private final int parallelism;
  private final HttpClient http;

  private CitationResolver(Builder builder) {
    this.redirectHosts = Set.copyOf(builder.redirectHosts);
    this.timeoutPerUrl = builder.timeoutPerUrl;
    this.totalTimeout = builder.totalTimeout;
    this.parallelism = builder.parallelism;
    // Its own client: no authenticator, no cookie handler, no default headers, no redirects.
    this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeoutPerUrl).build();
  }

  /** A resolver for Google's redirect hosts with the default bounds, shared. */
  public static CitationResolver defaults() {
    return Shared.DEFAULTS;
  }

  /** A builder, starting from Google's redirect hosts and the default bounds. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether {@code url} is an http(s) link on one of the redirect hosts. */
  public boolean isRedirect(String url) {
    URI uri = webUri(url);
    if (uri == null) {
      return false;
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return redirectHosts.contains(host) || (uri.getPort() >= 0 && redirectHosts.contains(host + ":" + uri.getPort()));
  }

  /**
   * Resolves each distinct URL: redirect links to their destinations (or marked unresolved),
   * every other URL kept as {@link SourceLink.Status#DIRECT}. Returns within about the total
   * timeout; never throws for a link that fails.
   *
   * @return one link per distinct URL, in the order given
   */
  public Map<String, SourceLink> resolve(Collection<String> urls) {
    Map<String, SourceLink> links = new LinkedHashMap<>();
    List<String> redirects = new ArrayList<>();
    for (String url : new LinkedHashSet<>(urls)) {
      links.put(url, SourceLink.direct(url));
      if (isRedirect(url)) {
        redirects.add(url);
      }
    }
    if (!redirects.isEmpty()) {
      links.putAll(resolveRedirects(redirects));
    }
    return links;
  }

  private Map<String, SourceLink> resolveRedirects(List<String> redirects) {
    Map<String, SourceLink> links = new LinkedHashMap<>();
    List<Callable<SourceLink>> requests = redirects.stream().map(url -> (Callable<SourceLink>) () -> follow(url)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, redirects.size()), runnable -> {
      Thread thread = new Thread(runnable, "interactions4j-citation-resolver");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<SourceLink>> answers = pool.invokeAll(requests, totalTimeout.toNanos(), TimeUnit.NANOSECONDS);
      for (int i = 0; i < redirects.size(); i++) {
        links.put(redirects.get(i), outcome(redirects.get(i), answers.get(i)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      redirects.forEach(url -> links.putIfAbsent(url, SourceLink.unresolved(url, "resolution was interrupted")));
    } finally {
      pool.shutdownNow();
    }
    return links;
  }

  private SourceLink outcome(String url, Future<SourceLink> answer) throws InterruptedException {
    try {
      return answer.get();
    } catch (CancellationException e) {
      return SourceLink.unresolved(url, "not resolved within the total bound of " + seconds(totalTimeout));
    } catch (ExecutionException e) {
      return SourceLink.unresolved(url, "resolution failed: " + e.getCause().getClass().getSimpleName());
    }
  }

  /** One request to the redirect link; reads the status and {@code Location} only. */
  private SourceLink follow(String url) {
    try {
      URI redirect = new URI(url);
      HttpRequest request = HttpRequest.newBuilder(redirect).timeout(timeoutPerUrl).GET().build();
      HttpResponse<Void> answer = http.send(request, HEADERS_ONLY);
      return destination(url, redirect, answer.statusCode(), answer.headers().firstValue("Location").orElse(""));
    } catch (HttpTimeoutException e) {
      return SourceLink.unresolved(url, "the redirect host did not answer within " + seconds(timeoutPerUrl));
    } catch (IOException e) {
      return SourceLink.unresolved(url, "cannot reach the redirect host (" + e.getClass().getSimpleName() + ")");
    } catch (URISyntaxException | IllegalArgumentException e) {
      return SourceLink.unresolved(url, "not a valid URL");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SourceLink.unresolved(url, "not resolved within the total bound of " + seconds(totalTimeout));
    }
  }

  private SourceLink destination(String url, URI redirect, int status, String location) {
    if (status == 404 || status == 410) {
      return SourceLink.unresolved(url, "the redirect link has expired (HTTP " + status + ")");
    }
    if (status < 300 || status > 399) {
      return SourceLink.unresolved(url, "the redirect host answered HTTP " + status + " instead of a redirect");
    }
    if (location.isBlank()) {
      return SourceLink.unresolved(url, "the redirect host answered HTTP " + status + " without a Location");
    }
    if (location.length() > MAX_LOCATION_CHARS) {
      return SourceLink.unresolved(url, "the Location is longer than " + MAX_LOCATION_CHARS + " characters");
    }
    URI target;
    try {
      target = redirect.resolve(new URI(location.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return SourceLink.unresolved(url, "the Location is not a valid URL");
    }
    if (webUri(target.toString()) == null) {
      return SourceLink.unresolved(url, "the Location is not an http(s) URL");
    }
    if (isRedirect(target.toString())) {
      return SourceLink.unresolved(url, "the Location is another redirect link");
    }
    return SourceLink.resolved(url, target.toString());
  }

  /** {@code url} as a URI when it is an absolute http(s) URL with a host, else null. */
  static URI webUri(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
    } catch (URISyntaxException | NullPointerException e) {
      return null;
    }
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  @Override
  public String toString() {
    return "CitationResolver[hosts=" + redirectHosts + ", perUrl=" + timeoutPerUrl + ", total=" + totalTimeout
        + ", parallelism=" + parallelism + "]";
  }

  private static final class Shared {
    static final CitationResolver DEFAULTS = builder().build();
  }

  /** Builds a {@link CitationResolver}. */
  public static final class Builder {
    private final Set<String> redirectHosts = new LinkedHashSet<>(GOOGLE_REDIRECT_HOSTS);
    private Duration timeoutPerUrl = Duration.ofSeconds(5);
    private Duration totalTimeout = Duration.ofSeconds(30);
    private int parallelism = 4;

    private Builder() {}

    /**
     * The hosts whose links count as redirects, replacing the default ({@link
     * #GOOGLE_REDIRECT_HOSTS}); each a host name, or {@code host:port} to match that port only.
     */
    public Builder redirectHosts(Collection<String> hosts) {
      List<String> checked = hosts.stream().map(Builder::checkHost).toList();
      redirectHosts.clear();
      redirectHosts.addAll(checked);
      return this;
    }

    /** One more redirect host ({@code host} or {@code host:port}), such as a simulator's. */
    public Builder addRedirectHost(String host) {
      redirectHosts.add(checkHost(host));
      return this;
    }

    /** How long one redirect link may take to answer; 5 s by default. */
    public Builder timeoutPerUrl(Duration value) {
      timeoutPerUrl = positive(value, "timeoutPerUrl");
      return this;
    }

    /** How long resolving all of a report's links may take; 30 s by default. */
    public Builder totalTimeout(Duration value) {
      totalTimeout = positive(value, "totalTimeout");
      return this;
    }

    /** How many redirect links are asked at once, 1 to 64; 4 by default. */
    public Builder parallelism(int value) {
      if (value < 1 || value > 64) {
        throw new IllegalArgumentException("parallelism must be between 1 and 64 but is " + value);
      }
      parallelism = value;
      return this;
    }

    public CitationResolver build() {
      return new CitationResolver(this);
    }

    private static String checkHost(String host) {
      Objects.requireNonNull(host, "host");
      String lower = host.strip().toLowerCase(Locale.ROOT);
      if (lower.isEmpty() || lower.contains("/") || lower.contains("@")) {
        throw new IllegalArgumentException("A redirect host is a host name or host:port, such as "
            + "vertexaisearch.cloud.google.com, but is '" + host + "'");
      }
      return lower;
    }

    private static Duration positive(Duration value, String name) {
      if (value == null || value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive but is " + value);
      }
      return value;
    }
  }
}
