package dev.interactions4j.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a verified delivery says: {@code {"type", "version", "timestamp", "data": {...}}}. Known
 * types are the constants here; others are kept as they came.
 *
 * @param webhookId the delivery's {@code webhook-id} (the same on every retry)
 * @param type e.g. {@link #INTERACTION_COMPLETED}
 * @param version the payload version, e.g. {@code v1}
 * @param timestamp RFC 3339 time of the event
 * @param data the event's {@code data} object, raw
 */
public record WebhookEvent(String webhookId, String type, String version, String timestamp, ObjectNode data) {
  public static final String INTERACTION_COMPLETED = "interaction.completed";
  public static final String INTERACTION_FAILED = "interaction.failed";
  public static final String INTERACTION_REQUIRES_ACTION = "interaction.requires_action";
  public static final String INTERACTION_CANCELLED = "interaction.cancelled";
  public static final String BATCH_SUCCEEDED = "batch.succeeded";
  public static final String BATCH_FAILED = "batch.failed";
  public static final String BATCH_EXPIRED = "batch.expired";
  public static final String BATCH_CANCELLED = "batch.cancelled";
  public static final String VIDEO_GENERATED = "video.generated";

  public WebhookEvent {
    data = data == null ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode() : data.deepCopy();
  }

  /** Whether it is about an interaction ({@code interaction.*}). */
  public boolean isInteraction() {
    return type != null && type.startsWith("interaction.");
  }

  /** The id of what it concerns ({@code data.id}): an interaction, a batch. */
  public String subjectId() {
    return text("id");
  }

  /** The interaction it concerns, or null for other events. */
  public String interactionId() {
    return isInteraction() ? subjectId() : null;
  }

  /** {@code data.error_code} of a {@code *.failed} event, or null. */
  public String errorCode() {
    return text("error_code");
  }

  /** {@code data.error_message} of a {@code *.failed} event, or null. */
  public String errorMessage() {
    return text("error_message");
  }

  /** {@code data.output_file_uri} ({@code batch.succeeded}, {@code video.generated}), or null. */
  public String outputFileUri() {
    return text("output_file_uri");
  }

  /** {@code data.file_name} ({@code video.generated}), or null. */
  public String fileName() {
    return text("file_name");
  }

  /**
   * The {@code user_metadata} of the request's {@code webhook_config}. Where the API puts it is
   * undocumented: it is read from {@code data.user_metadata}, else from the top level.
   */
  public Map<String, String> userMetadata() {
    JsonNode metadata = data.get("user_metadata");
    Map<String, String> values = new LinkedHashMap<>();
    if (metadata instanceof ObjectNode object) {
      for (String name : object.propertyNames()) {
        JsonNode value = object.get(name);
        values.put(name, value.isString() ? value.stringValue() : value.toString());
      }
    }
    return values;
  }

  private String text(String name) {
    JsonNode value = data.get(name);
    return value != null && value.isString() ? value.stringValue() : null;
  }

  static WebhookEvent read(String webhookId, JsonNode json) {
    ObjectNode data = json.get("data") instanceof ObjectNode object ? object : null;
    if (data != null && !data.has("user_metadata") && json.get("user_metadata") instanceof ObjectNode top) {
      data = data.deepCopy();
      data.set("user_metadata", top);
    }
    return new WebhookEvent(webhookId, json.path("type").asString(null), json.path("version").asString(null),
        json.path("timestamp").asString(null), data);
  }
}
