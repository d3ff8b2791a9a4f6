package dev.interactions4j.simulator;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tells webhooks that background interactions ended: per-request {@code webhook_config.uris}
 * (which replace the project's webhooks for that job) or the project webhooks subscribed to the
 * event. Sends only to loopback addresses, retries failed deliveries with exponential backoff,
 * and can deliver twice on purpose ({@link Faults#deliverTwice()}).
 */
final class WebhookSender implements AutoCloseable {
  private final WebhookStore webhooks;
  private final WebhookSigner signer;
  private final Faults faults;
  private final Ids ids;
  private final ScheduledExecutorService scheduler;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Queue<WebhookDelivery> deliveries = new ConcurrentLinkedQueue<>();
  private final Set<String> ended = ConcurrentHashMap.newKeySet();
  private volatile int attempts;
  private volatile Duration backoff;

  WebhookSender(WebhookStore webhooks, WebhookSigner signer, Faults faults, Ids ids, int attempts, Duration backoff) {
    this.webhooks = webhooks;
    this.signer = signer;
    this.faults = faults;
    this.ids = ids;
    this.attempts = attempts;
    this.backoff = backoff;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "interactions4j-simulator-webhooks");
      thread.setDaemon(true);
      return thread;
    });
  }

  void retries(int attemptsValue, Duration backoffValue) {
    attempts = attemptsValue;
    backoff = backoffValue;
  }

  List<WebhookDelivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** Watches a background turn: when it ends (or is cancelled first) its event goes out. */
  void watch(Turn turn, InteractionEngine engine) {
    long wait = Math.max(0, turn.completesAt - System.currentTimeMillis());
    scheduler.schedule(() -> {
      try {
        ended(engine.get(turn.id));
      } catch (ApiFailure deleted) {
        // Deleted before it ended: nothing to tell.
      }
    }, wait, TimeUnit.MILLISECONDS);
  }

  /** Sends the turn's end event once, if it has ended. */
  void ended(Turn turn) {
    if ("in_progress".equals(turn.status) || !ended.add(turn.id)) {
      return;
    }
    String type = "interaction." + turn.status;
    ObjectNode data = JsonNodeFactory.instance.objectNode().put("id", turn.id);
    if ("failed".equals(turn.status)) {
      data.put("error_code", "INTERNAL").put("error_message", "The interaction failed");
    }
    JsonNode config = turn.request.path("webhook_config");
    if (config.path("uris").isArray() && !config.get("uris").isEmpty()) {
      if (config.has("user_metadata")) {
        data.set("user_metadata", config.get("user_metadata").deepCopy());
      }
      byte[] body = event(type, data);
      config.get("uris").forEach(uri -> send(uri.asString(), null, type, body));
      return;
    }
    byte[] body = event(type, data);
    for (WebhookStore.Webhook webhook : webhooks.all()) {
      if ("enabled".equals(webhook.state) && webhook.events.contains(type)) {
        send(webhook.uri, webhook, type, body);
      }
    }
  }

  /** {@code :ping}: a {@code webhook.ping} event to one webhook (its payload is undocumented). */
  void ping(WebhookStore.Webhook webhook) {
    send(webhook.uri, webhook, "webhook.ping", event("webhook.ping", JsonNodeFactory.instance.objectNode().put("id", webhook.id)));
  }

  private static byte[] event(String type, ObjectNode data) {
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    event.put("type", type);
    event.put("version", "v1");
    event.put("timestamp", InteractionEngine.now());
    event.set("data", data);
    return event.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void send(String uri, WebhookStore.Webhook webhook, String type, byte[] body) {
    String id = ids.resource("msg_");
    String text = new String(body, StandardCharsets.UTF_8);
    if (!isLoopback(uri)) {
      deliveries.add(new WebhookDelivery(uri, id, type, 0, -1, text));
      return;
    }
    int copies = faults.takeDeliverTwice() ? 2 : 1;
    for (int copy = 0; copy < copies; copy++) {
      scheduler.execute(() -> attempt(uri, webhook, id, type, body, 1));
    }
  }

  private void attempt(String uri, WebhookStore.Webhook webhook, String id, String type, byte[] body, int attempt) {
    long timestamp = Instant.now().getEpochSecond();
    String signature = webhook != null ? WebhookSigner.standard(webhook.validSecrets(), id, timestamp, body)
        : signer.jwt(id, timestamp, body);
    int status;
    try {
      status = http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(5))
          .header("Content-Type", "application/json").header("webhook-id", id)
          .header("webhook-timestamp", Long.toString(timestamp)).header("webhook-signature", signature)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException e) {
      status = 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (status / 100 != 2 && attempt < attempts) {
      long wait = backoff.toMillis() << Math.min(20, attempt - 1);
      scheduler.schedule(() -> attempt(uri, webhook, id, type, body, attempt + 1), wait, TimeUnit.MILLISECONDS);
      return;
    }
    deliveries.add(new WebhookDelivery(uri, id, type, attempt, status, new String(body, StandardCharsets.UTF_8)));
  }

  /** Loopback by name or by address literal; other names are not looked up (no DNS). */
  private static boolean isLoopback(String uri) {
    try {
      String host = URI.create(uri).getHost();
      if (host == null) {
        return false;
      }
      if (host.equalsIgnoreCase("localhost")) {
        return true;
      }
      boolean literal = host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
      return literal && InetAddress.getByName(host).isLoopbackAddress();
    } catch (IllegalArgumentException | UnknownHostException e) {
      return false;
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
