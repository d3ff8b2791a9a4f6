package dev.interactions4j.simulator;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The project's webhooks: where events go and the signing secrets of each (Standard Webhooks
 * {@code whsec_} secrets; after a rotation the old ones stay valid until they expire).
 */
final class WebhookStore {
  static final List<String> STATES = List.of("enabled", "disabled", "disabled_due_to_failed_deliveries");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Webhook> webhooks = new ConcurrentHashMap<>();
  private final Ids ids;

  WebhookStore(Ids ids) {
    this.ids = ids;
  }

  /** A signing secret and when it stops being used (null: never). */
  record Secret(String value, Instant expires) {
    boolean valid(Instant now) {
      return expires == null || expires.isAfter(now);
    }
  }

  /** One webhook. */
  static final class Webhook {
    final String id;
    final String created;
    volatile String name;
    volatile String uri;
    volatile List<String> events;
    volatile String state = "enabled";
    volatile String updated;
    final List<Secret> secrets = new ArrayList<>();

    Webhook(String id, String created) {
      this.id = id;
      this.created = created;
      this.updated = created;
    }

    synchronized List<String> validSecrets() {
      Instant now = Instant.now();
      return secrets.stream().filter(secret -> secret.valid(now)).map(Secret::value).toList();
    }

    synchronized ObjectNode toJson() {
      ObjectNode json = JsonNodeFactory.instance.objectNode();
      json.put("id", id);
      json.put("name", name == null ? "webhooks/" + id : name);
      json.put("uri", uri);
      ArrayNode subscribed = json.putArray("subscribed_events");
      events.forEach(subscribed::add);
      json.put("state", state);
      ArrayNode signing = json.putArray("signing_secrets");
      Instant now = Instant.now();
      for (Secret secret : secrets) {
        if (secret.valid(now)) {
          ObjectNode entry = signing.addObject();
          entry.put("truncated_secret", secret.value().substring(0, 9) + "..." + secret.value().substring(secret.value().length() - 4));
          if (secret.expires() != null) {
            entry.put("expire_time", secret.expires().toString());
          }
        }
      }
      json.put("create_time", created);
      json.put("update_time", updated);
      return json;
    }
  }

  static String newSecret() {
    byte[] key = new byte[24];
    RANDOM.nextBytes(key);
    return "whsec_" + Base64.getEncoder().encodeToString(key);
  }

  /** Creates one from {@code {"uri", "subscribed_events", "name"?}}; answers with its one-time secret. */
  ObjectNode create(JsonNode body) throws ApiFailure {
    JsonNode fields = body.has("webhook") ? body.get("webhook") : body;
    Webhook webhook = new Webhook(ids.resource("wh"), InteractionEngine.now());
    apply(webhook, fields, List.of("name", "uri", "subscribed_events"));
    if (webhook.uri == null || webhook.events == null || webhook.events.isEmpty()) {
      throw ApiFailure.invalid("A webhook needs 'uri' and at least one of 'subscribed_events'");
    }
    String secret = newSecret();
    webhook.secrets.add(new Secret(secret, null));
    webhooks.put(webhook.id, webhook);
    return webhook.toJson().put("new_signing_secret", secret);
  }

  Webhook get(String id) throws ApiFailure {
    Webhook webhook = webhooks.get(id.startsWith("webhooks/") ? id.substring(9) : id);
    if (webhook == null) {
      throw ApiFailure.notFound("Webhook '" + id + "' not found");
    }
    return webhook;
  }

  void delete(String id) throws ApiFailure {
    webhooks.remove(get(id).id);
  }

  List<Webhook> all() {
    List<Webhook> all = new ArrayList<>(webhooks.values());
    all.sort((a, b) -> a.created.equals(b.created) ? a.id.compareTo(b.id) : a.created.compareTo(b.created));
    return all;
  }

  /** Applies the fields named in {@code mask} (all given fields when it is empty). */
  Webhook update(String id, JsonNode body, List<String> mask) throws ApiFailure {
    Webhook webhook = get(id);
    apply(webhook, body.has("webhook") ? body.get("webhook") : body, mask);
    webhook.updated = InteractionEngine.now();
    return webhook;
  }

  private static void apply(Webhook webhook, JsonNode fields, List<String> mask) throws ApiFailure {
    for (String field : mask.isEmpty() ? List.of("name", "uri", "subscribed_events", "state") : mask) {
      JsonNode value = fields.get(field);
      if (value == null) {
        continue;
      }
      switch (field) {
        case "name" -> webhook.name = value.asString();
        case "uri" -> webhook.uri = value.asString();
        case "subscribed_events" -> {
          List<String> events = new ArrayList<>();
          value.forEach(event -> events.add(event.asString()));
          webhook.events = List.copyOf(events);
        }
        case "state" -> {
          if (!STATES.contains(value.asString())) {
            throw ApiFailure.invalid("Invalid webhook state '" + value.asString() + "'; expected one of " + STATES);
          }
          webhook.state = value.asString();
        }
        default -> throw ApiFailure.invalid("Unknown field '" + field + "' in update_mask");
      }
    }
  }

  /** A new secret; the old ones expire in 24 h or at once. */
  String rotate(String id, String revocation) throws ApiFailure {
    Webhook webhook = get(id);
    String behavior = revocation == null ? "revoke_previous_secrets_after_h24" : revocation.toLowerCase(java.util.Locale.ROOT);
    Instant expires = switch (behavior) {
      case "revoke_previous_secrets_after_h24" -> Instant.now().plus(Duration.ofHours(24));
      case "revoke_previous_secrets_immediately" -> Instant.now();
      default -> throw ApiFailure.invalid("Invalid revocation_behavior '" + revocation + "'");
    };
    String secret = newSecret();
    synchronized (webhook) {
      webhook.secrets.replaceAll(old -> old.valid(expires) ? new Secret(old.value(), expires) : old);
      webhook.secrets.add(new Secret(secret, null));
    }
    webhook.updated = InteractionEngine.now();
    return secret;
  }
}
