package dev.interactions4j.wire;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code webhook_config} of a background create: these {@code uris} replace the project's
 * webhooks for this job, and {@code userMetadata} comes back with each event. Deliveries to them
 * are signed with a JWT, not with a project webhook's secret (see docs/CLIENT.md, Webhooks).
 *
 * @param uris where the events go
 * @param userMetadata returned with each event, possibly empty
 */
public record WebhookConfig(List<String> uris, Map<String, String> userMetadata) {
  public WebhookConfig {
    uris = List.copyOf(uris);
    userMetadata = userMetadata == null ? Map.of() : Map.copyOf(userMetadata);
  }

  /** Events for this job go to {@code uris}. */
  public static WebhookConfig of(String... uris) {
    return new WebhookConfig(List.of(uris), Map.of());
  }

  /** The same with metadata returned on each event. */
  public WebhookConfig withUserMetadata(Map<String, String> value) {
    return new WebhookConfig(uris, value);
  }

  ObjectNode toJson() {
    ObjectNode json = Trees.newObject();
    ArrayNode list = json.putArray("uris");
    uris.forEach(list::add);
    if (!userMetadata.isEmpty()) {
      ObjectNode metadata = json.putObject("user_metadata");
      new java.util.TreeMap<>(userMetadata).forEach(metadata::put);
    }
    return json;
  }

  static WebhookConfig read(ObjectNode json) {
    List<String> uris = Trees.strings(json, "uris");
    Map<String, String> metadata = new java.util.LinkedHashMap<>();
    ObjectNode given = Trees.object(json, "user_metadata");
    if (given != null) {
      for (String name : given.propertyNames()) {
        metadata.put(name, given.get(name).isString() ? given.get(name).stringValue() : given.get(name).toString());
      }
    }
    return new WebhookConfig(uris, metadata);
  }
}
