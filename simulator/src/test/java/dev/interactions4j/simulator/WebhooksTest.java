package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.genai.Client;
import com.google.genai.gaos.models.webhooks.RevocationBehavior;
import com.google.genai.gaos.models.webhooks.RotateSigningSecretRequest;
import com.google.genai.gaos.models.webhooks.Webhook;
import com.google.genai.gaos.models.webhooks.WebhookInput;
import com.google.genai.gaos.models.webhooks.WebhookSubscribedEvent;
import com.google.genai.gaos.models.webhooks.WebhookUpdate;
import com.sun.net.httpserver.HttpServer;
import com.google.genai.types.HttpOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/** The webhooks resource (Google's SDK as the oracle) and signed deliveries to a loopback receiver. */
@Timeout(30)
class WebhooksTest {
  /** One delivery as the receiver saw it. */
  record Received(String id, String timestamp, String signature, String body) {}

  private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final AtomicInteger failFirst = new AtomicInteger();
  private Simulator simulator;
  private HttpServer receiver;
  private String receiverUri;

  @BeforeEach
  void start() throws IOException {
    simulator = Simulator.builder().backgroundDuration(Duration.ofMillis(50)).webhookRetries(3, Duration.ofMillis(20)).start();
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", exchange -> {
      try (exchange) {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (failFirst.getAndDecrement() > 0) {
          exchange.sendResponseHeaders(503, -1);
          return;
        }
        received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
            exchange.getRequestHeaders().getFirst("webhook-timestamp"), exchange.getRequestHeaders().getFirst("webhook-signature"),
            new String(body, StandardCharsets.UTF_8)));
        exchange.sendResponseHeaders(204, -1);
      }
    });
    receiver.start();
    receiverUri = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
    simulator.close();
  }

  private Client sdk() {
    return Client.builder().apiKey("k").httpOptions(HttpOptions.builder().baseUrl(simulator.baseUrl()).apiVersion("v1beta").build()).build();
  }

  private Webhook create(Client client) {
    return client.webhooks.create(WebhookInput.builder().uri(receiverUri).name("jobs")
        .subscribedEvents(List.of(WebhookSubscribedEvent.INTERACTION_COMPLETED)).build()).webhook().orElseThrow();
  }

  private Received next() throws InterruptedException {
    Received delivery = received.poll(10, TimeUnit.SECONDS);
    assertTrue(delivery != null, "no delivery arrived");
    return delivery;
  }

  @Test
  void standardWebhooksVector_isReproduced() {
    assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSigner.standard(
        List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
        "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theSdksWebhookCalls_areServed() {
    try (Client client = sdk()) {
      Webhook created = create(client);
      String id = created.id().orElseThrow();
      assertTrue(created.newSigningSecret().orElseThrow().startsWith("whsec_"));
      assertFalse(client.webhooks.get(id).webhook().orElseThrow().newSigningSecret().isPresent(), "the secret is shown once");

      client.webhooks.update(id, WebhookUpdate.builder().uri(receiverUri + "?v=2").build());
      assertEquals(receiverUri + "?v=2", client.webhooks.get(id).webhook().orElseThrow().uri().orElseThrow());
      String rotated = client.webhooks.rotateSigningSecret(id, new RotateSigningSecretRequest(
          RevocationBehavior.REVOKE_PREVIOUS_SECRETS_AFTER_H24)).webhookRotateSigningSecretResponse().orElseThrow().secret().orElseThrow();
      assertNotEquals(created.newSigningSecret().orElseThrow(), rotated);
      assertEquals(2, client.webhooks.get(id).webhook().orElseThrow().signingSecrets().orElseThrow().size());
      client.webhooks.ping(id);
      assertEquals(List.of(id), client.webhooks.list().call().webhookListResponse().orElseThrow().webhooks().orElseThrow()
          .stream().map(webhook -> webhook.id().orElseThrow()).toList());
      client.webhooks.delete(id);
      assertEquals(404, Http.get(simulator, "/v1beta/webhooks/" + id).status());
    }
  }

  @Test
  void aBackgroundInteraction_thatEnds_isDeliveredSigned_withEveryValidSecret() throws InterruptedException {
    String secret;
    String rotated;
    try (Client client = sdk()) {
      Webhook webhook = create(client);
      secret = webhook.newSigningSecret().orElseThrow();
      rotated = client.webhooks.rotateSigningSecret(webhook.id().orElseThrow(), new RotateSigningSecretRequest())
          .webhookRotateSigningSecretResponse().orElseThrow().secret().orElseThrow();
    }
    String id = Http.create(simulator, "{\"agent\":\"deep-research-pro-preview-12-2025\",\"input\":\"Tides\",\"background\":true}")
        .json().get("id").asString();

    Received delivery = next();
    JsonNode event = Http.JSON.readTree(delivery.body());
    assertEquals("interaction.completed", event.get("type").asString());
    assertEquals(id, event.get("data").get("id").asString());
    assertEquals(WebhookSigner.standard(List.of(secret, rotated), delivery.id(), Long.parseLong(delivery.timestamp()),
        delivery.body().getBytes(StandardCharsets.UTF_8)), delivery.signature());
    assertEquals(2, delivery.signature().split(" ").length);
  }

  @Test
  void aFailedDelivery_isRetried_andTheDeliverTwiceFault_repeatsTheSameId() throws InterruptedException {
    try (Client client = sdk()) {
      create(client);
    }
    failFirst.set(2);
    simulator.faults().deliverTwice();
    Http.create(simulator, "{\"agent\":\"deep-research-pro-preview-12-2025\",\"input\":\"Tides\",\"background\":true}");

    Received first = next();
    Received second = next();
    assertEquals(first.id(), second.id());
  }

  @Test
  void perRequestUris_replaceTheProjectWebhooks_carryUserMetadata_andAreSignedWithAJwt() throws InterruptedException {
    Http.create(simulator, "{\"agent\":\"deep-research-pro-preview-12-2025\",\"input\":\"Tides\",\"background\":true,"
        + "\"webhook_config\":{\"uris\":[\"" + receiverUri + "\"],\"user_metadata\":{\"job\":\"42\"}}}");

    Received delivery = next();
    assertEquals("42", Http.JSON.readTree(delivery.body()).get("data").get("user_metadata").get("job").asString());
    assertEquals(3, delivery.signature().split("\\.").length, delivery.signature());
    assertTrue(Http.get(simulator, "/.well-known/jwks.json").json().get("keys").get(0).has("n"));
  }

  @Test
  void aCancelledInteraction_isDeliveredOnce_andForeignHostsAreNotCalled() throws InterruptedException {
    simulator.backgroundDuration(Duration.ofMillis(300));
    String id = Http.create(simulator, "{\"agent\":\"deep-research-pro-preview-12-2025\",\"input\":\"Tides\",\"background\":true,"
        + "\"webhook_config\":{\"uris\":[\"" + receiverUri + "\",\"https://example.com/hook\"]}}").json().get("id").asString();
    Http.post(simulator, "/v1beta/interactions/" + id + "/cancel", "");

    assertEquals("interaction.cancelled", Http.JSON.readTree(next().body()).get("type").asString());
    Thread.sleep(150);
    assertTrue(received.isEmpty(), "the scheduled end does not deliver again");
    assertTrue(simulator.webhookDeliveries().stream().anyMatch(d -> d.uri().startsWith("https://example.com") && d.status() == -1));
  }
}
