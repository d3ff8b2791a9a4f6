package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.InteractionRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Resolution of citation redirect links over real HTTP: the simulator's research agent and search
 * grounding cite through its redirect host, and a second loopback server of this test's own
 * answers the redirects a well-behaved host never sends.
 */
@Timeout(20)
class CitationResolutionTest {
  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();
  private static final String AGENT = "deep-research-pro-preview-12-2025";
  private static HttpServer odd;

  private final GeminiClient client = Clients.client(SIMULATOR.simulator());

  @BeforeAll
  static void startOddRedirectHost() throws IOException {
    odd = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    odd.setExecutor(Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "odd-redirect-host");
      thread.setDaemon(true);
      return thread;
    }));
    Map<String, String> locations = Map.of("/js", "javascript:alert(1)", "/ftp", "ftp://files.example.org/a",
        "/relative", "/grounding-api-redirect/elsewhere", "/page", "https://example.org/a%20page?x=1&y=2");
    odd.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      exchange.getRequestBody().readAllBytes();
      if (path.equals("/ok")) {
        exchange.sendResponseHeaders(200, -1);
      } else if (path.equals("/stalled-body")) {
        // Status and Location at once, then a body that never ends: a resolver that reads it hangs.
        exchange.getResponseHeaders().set("Location", "https://example.org/after-stall");
        exchange.sendResponseHeaders(302, 0);
        try (OutputStream body = exchange.getResponseBody()) {
          body.write("<html>".getBytes());
          body.flush();
          Thread.sleep(3_000);
        } catch (InterruptedException | IOException e) {
          Thread.currentThread().interrupt();
        }
      } else {
        if (locations.containsKey(path)) {
          exchange.getResponseHeaders().set("Location", locations.get(path));
        }
        exchange.sendResponseHeaders(302, -1);
      }
      exchange.close();
    });
    odd.start();
  }

  @AfterAll
  static void stopOddRedirectHost() {
    odd.stop(0);
  }

  @Test
  void researchReport_resolvesEachRedirectLinkOnce_toThePageTitledByItsDomain_andCachesIt() {
    Simulator simulator = SIMULATOR.simulator();
    Report report = research("tidal energy");
    assertTrue(report.sources().stream().allMatch(source -> source.url().startsWith(simulator.redirectBaseUrl())));

    Report resolved = report.resolveSources(resolver(SIMULATOR.simulator()).build());

    assertEquals(List.of("https://example.org/overview/tidal-energy", "https://example.com/research/tidal-energy/questions",
        "https://www.example.net/guides/tidal-energy"), resolved.sources().stream().map(Report.Source::url).toList());
    assertEquals(List.of("example.org", "example.com", "example.net"), resolved.sources().stream().map(Report.Source::title).toList());
    assertTrue(resolved.sources().stream().allMatch(source -> source.resolved() && source.titleIsDomain()
        && source.link().status() == SourceLink.Status.RESOLVED && source.originalUrl().contains("/grounding-api-redirect/")));
    assertEquals(3, resolved.resolvedCount());
    assertEquals(3, simulator.redirectRequests().size(), "one request per link");
    assertTrue(simulator.redirectRequests().stream().allMatch(request -> request.method().equals("GET")));

    assertSame(resolved, resolved.resolveSources(resolver(SIMULATOR.simulator()).build()), "a resolved report asks nothing again");
    assertEquals(3, simulator.redirectRequests().size());
  }

  @Test
  void distinctLinks_costOneRequestEach_andOtherUrlsNone() {
    Simulator simulator = SIMULATOR.simulator();
    List<String> links = research("tides").sources().stream().map(Report.Source::url).toList();

    Map<String, SourceLink> resolved = resolver(SIMULATOR.simulator()).build().resolve(List.of(links.get(0), links.get(1), links.get(0), "https://example.org/direct"));

    assertEquals(List.of(links.get(0), links.get(1), "https://example.org/direct"), List.copyOf(resolved.keySet()));
    assertEquals(SourceLink.direct("https://example.org/direct"), resolved.get("https://example.org/direct"));
    assertEquals(2, simulator.redirectRequests().size());
  }

  @Test
  void groundedSearchAnswer_isAReportToo() {
    Report answer = Report.from(client.create(InteractionRequest.model(Clients.MODEL).input("Who won the 2030 cup?")
        .tool(dev.interactions4j.wire.Tool.googleSearch()).build()));

    Report resolved = answer.resolveSources(resolver(SIMULATOR.simulator()).build());

    assertEquals(List.of("https://example.org/search/who-won-the-2030-cup", "https://news.example.com/articles/who-won-the-2030-cup"),
        resolved.sources().stream().map(Report.Source::url).toList());
    assertEquals(List.of("example.org", "news.example.com"), resolved.sources().stream().map(Report.Source::domain).toList());
  }

  @Test
  void expiredRedirects_areKeptAsTheyCame_markedUnresolved_neverDropped() {
    SIMULATOR.simulator().faults().expireRedirects(1);
    Report report = research("coral reefs");

    Report resolved = report.resolveSources(resolver(SIMULATOR.simulator()).build());

    assertEquals(report.sources().stream().map(Report.Source::url).toList(), resolved.sources().stream().map(Report.Source::url).toList());
    for (Report.Source source : resolved.sources()) {
      assertEquals(SourceLink.Status.UNRESOLVED, source.link().status());
      assertEquals("the redirect link has expired (HTTP 404)", source.link().problem());
      assertFalse(source.resolved());
    }
    assertEquals(0, resolved.resolvedCount());
    assertEquals(3, resolved.citations().size());
  }

  @Test
  void noCredentialEverReachesTheRedirectHost() {
    research("wind power").resolveSources(resolver(SIMULATOR.simulator()).build());

    List<RecordedRequest> sent = SIMULATOR.simulator().redirectRequests();
    assertEquals(3, sent.size());
    for (RecordedRequest request : sent) {
      for (String header : List.of("x-goog-api-key", "authorization", "cookie", "proxy-authorization", "x-goog-user-project")) {
        assertNull(request.header(header), header + " sent to the redirect host");
      }
      assertFalse(request.headers().toString().contains(Clients.KEY));
      assertFalse(request.pathAndQuery().contains(Clients.KEY));
    }
  }

  @Test
  void aStalledRedirectHost_costsAtMostThePerUrlBound() {
    Report report = research("geothermal heat");
    SIMULATOR.simulator().faults().redirectDelay(Duration.ofSeconds(2));

    long start = System.nanoTime();
    Report resolved = report.resolveSources(resolver(SIMULATOR.simulator()).timeoutPerUrl(Duration.ofMillis(200)).parallelism(3).build());
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertTrue(millis < 2_000, "took " + millis + " ms");
    assertTrue(resolved.sources().stream().allMatch(source -> "the redirect host did not answer within 200 ms".equals(source.link().problem())),
        resolved.sources().toString());
  }

  @Test
  void theTotalBound_endsResolution_whateverThePerUrlBound() {
    Report report = research("solar sails");
    SIMULATOR.simulator().faults().redirectDelay(Duration.ofSeconds(2));

    long start = System.nanoTime();
    Report resolved = report.resolveSources(resolver(SIMULATOR.simulator()).timeoutPerUrl(Duration.ofSeconds(10)).totalTimeout(Duration.ofMillis(300))
        .parallelism(1).build());
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertTrue(millis < 2_000, "took " + millis + " ms");
    assertEquals(3, resolved.sources().size());
    assertTrue(resolved.sources().stream().allMatch(source -> "not resolved within the total bound of 300 ms".equals(source.link().problem())),
        resolved.sources().toString());
  }

  @Test
  void parallelRequests_neverExceedTheBound() {
    Simulator simulator = SIMULATOR.simulator();
    List<String> links = new java.util.ArrayList<>();
    for (String topic : List.of("rivers", "lakes")) {
      research(topic).sources().forEach(source -> links.add(source.url()));
    }
    simulator.faults().redirectDelay(Duration.ofMillis(100));

    Map<String, SourceLink> resolved = resolver(SIMULATOR.simulator()).parallelism(2).build().resolve(links);

    assertEquals(6, resolved.size());
    assertTrue(resolved.values().stream().allMatch(SourceLink::lasting), resolved.toString());
    assertEquals(2, simulator.redirectConcurrencyPeak());
  }

  @Test
  void destinations_mustBeHttpUrlsElsewhere_andTheBodyIsNeverRead() {
    String base = "http://127.0.0.1:" + odd.getAddress().getPort();
    CitationResolver resolver = CitationResolver.builder().redirectHosts(List.of("127.0.0.1:" + odd.getAddress().getPort()))
        .timeoutPerUrl(Duration.ofSeconds(2)).build();

    long start = System.nanoTime();
    Map<String, SourceLink> links = resolver.resolve(List.of(base + "/js", base + "/ftp", base + "/relative", base + "/none",
        base + "/ok", base + "/page", base + "/stalled-body"));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals("the Location is not an http(s) URL", links.get(base + "/js").problem());
    assertEquals("the Location is not an http(s) URL", links.get(base + "/ftp").problem());
    assertEquals("the Location is another redirect link", links.get(base + "/relative").problem());
    assertEquals("the redirect host answered HTTP 302 without a Location", links.get(base + "/none").problem());
    assertEquals("the redirect host answered HTTP 200 instead of a redirect", links.get(base + "/ok").problem());
    assertEquals(SourceLink.resolved(base + "/page", "https://example.org/a%20page?x=1&y=2"), links.get(base + "/page"));
    assertEquals(SourceLink.resolved(base + "/stalled-body", "https://example.org/after-stall"), links.get(base + "/stalled-body"));
    assertTrue(millis < 1_500, "the stalled body was not waited for: " + millis + " ms");
  }

  @Test
  void googlesHostsAreTheDefault_andOtherHostsAreLeftAlone() {
    CitationResolver defaults = CitationResolver.defaults();
    assertTrue(defaults.isRedirect("https://vertexaisearch.cloud.google.com/grounding-api-redirect/AUZIYQF9x"));
    assertTrue(defaults.isRedirect("https://VERTEXAISEARCH.cloud.google.com/grounding-api-redirect/AUZIYQF9x"));
    assertFalse(defaults.isRedirect("https://example.org/grounding-api-redirect/AUZIYQF9x"));
    assertFalse(defaults.isRedirect("javascript:alert(1)"));

    Report report = research("deserts").resolveSources();

    assertTrue(report.sources().stream().allMatch(source -> source.link().status() == SourceLink.Status.DIRECT));
    assertEquals(0, SIMULATOR.simulator().redirectRequests().size(), "the simulator's host is not Google's");
    assertEquals("A redirect host is a host name or host:port, such as vertexaisearch.cloud.google.com, but is 'https://x/y'",
        assertThrows(IllegalArgumentException.class, () -> CitationResolver.builder().addRedirectHost("https://x/y")).getMessage());
  }

  /** Resolution of the simulator's redirect links (its own host and port). */
  static CitationResolver.Builder resolver(Simulator simulator) {
    return CitationResolver.builder().addRedirectHost(URI.create(simulator.redirectBaseUrl()).getAuthority());
  }

  private Report research(String topic) {
    SIMULATOR.simulator().backgroundDuration(Duration.ZERO);
    return Report.from(client.startBackground(InteractionRequest.agent(AGENT).input(topic).build()).await(Duration.ofSeconds(10)));
  }
}
