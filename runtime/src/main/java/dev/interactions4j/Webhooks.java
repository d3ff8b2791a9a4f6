package dev.interactions4j;

import dev.interactions4j.wire.WireJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The project's webhooks ({@code /v1beta/webhooks}, as Google's SDKs call it): create (the
 * signing secret is shown only then), list, get, update, delete, ping, rotate the secret. From
 * {@link GeminiClient#webhooks()}.
 */
public final class Webhooks {
  private final HttpTransport transport;

  Webhooks(HttpTransport transport) {
    this.transport = transport;
  }

  /**
   * A webhook.
   *
   * @param id its id
   * @param name its label, or null
   * @param uri where events go
   * @param subscribedEvents e.g. {@code interaction.completed}
   * @param state {@code enabled}, {@code disabled} or {@code disabled_due_to_failed_deliveries}
   * @param truncatedSecrets the valid secrets, shortened ({@code whsec_...3frh})
   */
  public record Webhook(String id, String name, String uri, List<String> subscribedEvents, String state,
      List<String> truncatedSecrets) {}

  /** A new webhook and its signing secret, which no later call shows again; keep it. */
  public record Created(Webhook webhook, String signingSecret) {
    @Override
    public String toString() {
      return "Created[" + webhook + ", signingSecret=<redacted>]";
    }
  }

  /** One page of webhooks, and the token of the next ({@code null} after the last). */
  public record Page(List<Webhook> webhooks, String nextPageToken) {}

  public Created create(String uri, List<String> subscribedEvents) {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("uri", uri);
    ArrayNode events = body.putArray("subscribed_events");
    subscribedEvents.forEach(events::add);
    JsonNode answer = call("POST", base(), body);
    return new Created(read(answer), answer.path("new_signing_secret").asString(null));
  }

  public Page list(String pageToken) {
    JsonNode answer = call("GET", base() + "?page_size=1000" + (pageToken == null ? "" : "&page_token=" + Endpoint.encode(pageToken)), null);
    List<Webhook> webhooks = new ArrayList<>();
    answer.path("webhooks").forEach(webhook -> webhooks.add(read(webhook)));
    String next = answer.path("next_page_token").asString("");
    return new Page(webhooks, next.isEmpty() ? null : next);
  }

  public Webhook get(String id) {
    return read(call("GET", one(id), null));
  }

  /** Changes its uri, events and state; null values stay as they are. */
  public Webhook update(String id, String uri, List<String> subscribedEvents, String state) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    List<String> mask = new ArrayList<>();
    if (uri != null) {
      body.put("uri", uri);
      mask.add("uri");
    }
    if (subscribedEvents != null) {
      ArrayNode events = body.putArray("subscribed_events");
      subscribedEvents.forEach(events::add);
      mask.add("subscribed_events");
    }
    if (state != null) {
      body.put("state", state);
      mask.add("state");
    }
    return read(call("PATCH", one(id) + "?update_mask=" + Endpoint.encode(String.join(",", mask)), body));
  }

  public void delete(String id) {
    call("DELETE", one(id), null);
  }

  /** Asks the API to send a test event to the webhook. */
  public void ping(String id) {
    call("POST", one(id) + ":ping", JsonNodeFactory.instance.objectNode());
  }

  /**
   * A new signing secret; the old ones stay valid for 24 hours ({@code immediately} false) or
   * stop at once. Verify with old and new during the overlap.
   */
  public String rotateSigningSecret(String id, boolean immediately) {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("revocation_behavior",
        immediately ? "revoke_previous_secrets_immediately" : "revoke_previous_secrets_after_h24");
    return call("POST", one(id) + ":rotateSigningSecret", body).path("secret").asString(null);
  }

  private String base() {
    return transport.endpoint().resource("webhooks");
  }

  private String one(String id) {
    return base() + "/" + Endpoint.encode(id.startsWith("webhooks/") ? id.substring(9) : id);
  }

  private JsonNode call(String method, String path, ObjectNode body) {
    return transport.call(method, path, body == null ? null : WireJson.bytes(body), null, answer -> {
      try (answer) {
        String text = new String(answer.readAllBytes(), StandardCharsets.UTF_8);
        return text.isBlank() ? JsonNodeFactory.instance.objectNode() : WireJson.readTree(text);
      }
    });
  }

  private static Webhook read(JsonNode json) {
    List<String> events = new ArrayList<>();
    json.path("subscribed_events").forEach(event -> events.add(event.asString()));
    List<String> secrets = new ArrayList<>();
    json.path("signing_secrets").forEach(secret -> secrets.add(secret.path("truncated_secret").asString()));
    String id = json.path("id").asString(null);
    String name = json.path("name").asString(null);
    if (id == null && name != null && name.startsWith("webhooks/")) {
      id = name.substring(9);
    }
    return new Webhook(id, name, json.path("uri").asString(null), List.copyOf(events), json.path("state").asString(null),
        List.copyOf(secrets));
  }
}
