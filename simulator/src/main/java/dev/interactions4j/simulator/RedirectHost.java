package dev.interactions4j.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's stand-in for Google's grounding redirect service: a second loopback server,
 * on a port of its own, that answers each citation's opaque redirect link with a {@code 302} to
 * the cited page, or a {@code 404} once the link has expired. Citations never name the page
 * itself, as in real answers.
 */
final class RedirectHost {
  static final String PATH = "/grounding-api-redirect/";
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final HttpServer server;
  private final Faults faults;
  private final long seed;
  private final Map<String, String> destinations = new ConcurrentHashMap<>();
  private final Queue<RecordedRequest> recorded = new ConcurrentLinkedQueue<>();
  private volatile Concurrency concurrency = new Concurrency();
  private final String baseUrl;

  RedirectHost(String host, Faults faults, long seed, Executor executor) {
    this.faults = faults;
    this.seed = seed;
    try {
      this.server = HttpServer.create(new InetSocketAddress(host, 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on " + host + " for grounding redirects", e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
    this.baseUrl = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getAddress().getPort();
  }

  /** The redirect link that stands for {@code destination} in a citation. */
  String link(String destination) {
    String token = "AUZIYQ" + BASE64URL.encodeToString(digest(seed + "|" + destination)).substring(0, 40);
    destinations.putIfAbsent(token, destination);
    return baseUrl + PATH + token;
  }

  /**
   * A {@code url_citation} of {@code destination} covering the UTF-8 bytes {@code [start, end)}
   * of the text, shaped as real ones are: a redirect link on this host, the domain as its title.
   */
  ObjectNode citation(String destination, int start, int end) {
    ObjectNode citation = JsonNodeFactory.instance.objectNode();
    citation.put("type", "url_citation");
    citation.put("url", link(destination));
    citation.put("title", domainTitle(destination));
    citation.put("start_index", start);
    citation.put("end_index", end);
    return citation;
  }

  private static String domainTitle(String destination) {
    String host = URI.create(destination).getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  String baseUrl() {
    return baseUrl;
  }

  Queue<RecordedRequest> recorded() {
    return recorded;
  }

  int peakConcurrency() {
    return concurrency.peak.get();
  }

  void forget() {
    recorded.clear();
    concurrency = new Concurrency(); // requests still stalled from before count in the old one only
  }

  /** Requests in flight and the most seen at once, since the last {@link #forget()}. */
  private static final class Concurrency {
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger peak = new AtomicInteger();
  }

  void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    Concurrency counted = concurrency;
    counted.peak.accumulateAndGet(counted.inFlight.incrementAndGet(), Math::max);
    boolean counting = true;
    try {
      recorded.add(RecordedRequest.of(exchange, exchange.getRequestBody().readAllBytes()));
      Faults.pause(faults.redirectDelay());
      // A request stops counting before its answer goes out: a client that has read the answer may
      // send its next request before this thread would otherwise get to the finally block.
      counted.inFlight.decrementAndGet();
      counting = false;
      String path = exchange.getRequestURI().getRawPath();
      String method = exchange.getRequestMethod();
      String token = path.startsWith(PATH) ? path.substring(PATH.length()) : "";
      String destination = destinations.get(token);
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(exchange, 405, "Only GET and HEAD are allowed here");
      } else if (destination == null || faults.redirectExpired(token)) {
        send(exchange, 404, "This redirect link does not exist or has expired");
      } else {
        exchange.getResponseHeaders().set("Location", destination);
        send(exchange, 302, "Redirecting");
      }
    } finally {
      if (counting) {
        counted.inFlight.decrementAndGet();
      }
      exchange.close();
    }
  }

  private static void send(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = ("<html><body>" + text + "</body></html>").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      exchange.getResponseBody().write(body);
    }
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks SHA-256", e);
    }
  }
}
