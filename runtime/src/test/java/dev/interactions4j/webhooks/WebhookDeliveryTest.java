package dev.interactions4j.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.interactions4j.BackgroundTask;
import dev.interactions4j.GeminiClient;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionStatus;
import dev.interactions4j.wire.WebhookConfig;
import dev.interactions4j.wire.WireJson;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Deliveries from the simulator to a {@link WebhookHandler} on the JDK's HttpServer, resolved to
 * the background task they concern: project webhooks (HMAC), replays, per-request webhooks (JWT).
 */
@Timeout(30)
class WebhookDeliveryTest {
  private static final String AGENT = "deep-research-pro-preview-12-2025";
  private final LinkedBlockingQueue<WebhookEvent> events = new LinkedBlockingQueue<>();
  private final List<WebhookVerificationException> refusals = new CopyOnWriteArrayList<>();
  private Simulator simulator;
  private HttpServer server;
  private GeminiClient client;

  @BeforeEach
  void start() {
    simulator = Simulator.builder().backgroundDuration(Duration.ofMillis(100)).webhookRetries(3, Duration.ofMillis(20)).start();
    client = GeminiClient.builder().apiKey("k").baseUrl(simulator.baseUrl()).build();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
    client.close();
    simulator.close();
  }

  private volatile WebhookHandler handler;

  /** A receiver on loopback; deliveries go to the handler set with {@link #verifyWith}. */
  private String listen() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/hook", exchange -> handler.handle(exchange));
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  private void verifyWith(WebhookVerifier verifier) {
    handler = new WebhookHandler(verifier, events::add, refusals::add);
  }

  /** Creates a project webhook over plain HTTP (the resource calls) and returns its one-time secret. */
  private String createWebhook(String uri) throws Exception {
    HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v1beta/webhooks"))
        .header("x-goog-api-key", "k").POST(HttpRequest.BodyPublishers.ofString("{\"uri\":\"" + uri
            + "\",\"subscribed_events\":[\"interaction.completed\"]}")).build(), HttpResponse.BodyHandlers.ofString());
    return WireJson.readTree(created.body()).get("new_signing_secret").asString();
  }

  @Test
  void aProjectWebhook_deliversTheEnd_andTheEventResolvesToItsTask() throws Exception {
    verifyWith(WebhookVerifier.builder().secret(createWebhook(listen())).build());

    BackgroundTask<Interaction> started = client.startBackground(InteractionRequest.agent(AGENT).input("Tides").build());
    WebhookEvent event = events.poll(15, TimeUnit.SECONDS);

    assertEquals(WebhookEvent.INTERACTION_COMPLETED, event.type());
    assertEquals(started.id(), event.interactionId());
    BackgroundTask<Interaction> resolved = client.resumeBackground(event);
    assertEquals(InteractionStatus.COMPLETED, resolved.lastSeen().status());
  }

  @Test
  void aDeliveryMadeTwice_isProcessedOnce_andTheReplayReported() throws Exception {
    verifyWith(WebhookVerifier.builder().secret(createWebhook(listen())).build());
    simulator.faults().deliverTwice();

    client.startBackground(InteractionRequest.agent(AGENT).input("Tides").build());
    assertTrue(events.poll(15, TimeUnit.SECONDS) != null);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (refusals.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }

    assertEquals(WebhookVerificationException.Reason.REPLAY, refusals.get(0).reason());
    assertTrue(events.isEmpty());
    assertTrue(simulator.webhookDeliveries().stream().allMatch(delivery -> delivery.delivered()), "a replay is acknowledged");
  }

  @Test
  void aPerRequestWebhook_isVerifiedByItsJwt_andCarriesTheUserMetadata() throws Exception {
    verifyWith(WebhookVerifier.builder()
        .jwt(JwksKeys.fetch(URI.create(simulator.webhookJwksUri())), simulator.webhookAudience()).build());
    String uri = listen();

    BackgroundTask<Interaction> started = client.startBackground(InteractionRequest.agent(AGENT).input("Tides")
        .webhookConfig(WebhookConfig.of(uri).withUserMetadata(Map.of("job", "42"))).build());
    WebhookEvent event = events.poll(15, TimeUnit.SECONDS);

    assertEquals(started.id(), event.interactionId());
    assertEquals(Map.of("job", "42"), event.userMetadata());
  }

  @Test
  void aJwt_forAnotherAudience_isRefused() throws Exception {
    verifyWith(WebhookVerifier.builder().jwt(JwksKeys.fetch(URI.create(simulator.webhookJwksUri())), "someone-else").build());
    String uri = listen();

    client.startBackground(InteractionRequest.agent(AGENT).input("Tides").webhookConfig(WebhookConfig.of(uri)).build());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (refusals.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }

    assertEquals(WebhookVerificationException.Reason.BAD_SIGNATURE, refusals.get(0).reason());
    assertTrue(events.isEmpty());
  }
}
