package dev.interactions4j;

import dev.interactions4j.files.FileError;
import dev.interactions4j.files.FileSource;
import dev.interactions4j.files.FileState;
import dev.interactions4j.files.GeminiFile;
import dev.interactions4j.wire.WireFormatException;
import dev.interactions4j.wire.WireJson;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the Files API's File resource. The API writes lowerCamelCase ({@code sizeBytes}, an
 * int64 as a string); snake_case and a number are read too, as proto3 JSON parsers accept them.
 */
final class FileCodec {
  private FileCodec() {}

  /** The File of an answer's text; a {@link WireFormatException} with the raw text otherwise. */
  static GeminiFile read(String json) {
    JsonNode tree = WireJson.readTree(json);
    try {
      return read(tree);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new WireFormatException("Unexpected File JSON: " + e.getMessage(), json, null, e);
    }
  }

  /** A File from a JSON object inside the answer {@code rawText}; a {@link WireFormatException} with that text otherwise. */
  static GeminiFile read(JsonNode file, String rawText) {
    if (file == null) {
      throw new WireFormatException("Expected a File in the answer", rawText, null, null);
    }
    try {
      return read(file);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new WireFormatException("Unexpected File JSON: " + e.getMessage(), rawText, null, e);
    }
  }

  /** A File from its JSON object. */
  static GeminiFile read(JsonNode file) {
    if (!file.isObject()) {
      throw new IllegalArgumentException("a File is a JSON object, not " + file.getNodeType());
    }
    JsonNode error = field(file, "error", "error");
    JsonNode video = field(file, "videoMetadata", "video_metadata");
    String duration = video == null ? null : text(video, "videoDuration", "video_duration");
    String state = text(file, "state", "state");
    String source = text(file, "source", "source");
    return new GeminiFile(text(file, "name", "name"), text(file, "displayName", "display_name"),
        text(file, "mimeType", "mime_type"), size(field(file, "sizeBytes", "size_bytes")),
        time(text(file, "createTime", "create_time")), time(text(file, "updateTime", "update_time")),
        time(text(file, "expirationTime", "expiration_time")), text(file, "sha256Hash", "sha256_hash"),
        text(file, "uri", "uri"), text(file, "downloadUri", "download_uri"),
        state == null ? FileState.STATE_UNSPECIFIED : new FileState(state),
        source == null ? FileSource.SOURCE_UNSPECIFIED : new FileSource(source),
        error == null || !error.isObject() ? null : new FileError(error.path("code").asInt(0),
            error.path("message").asString(null), WireJson.toJson(error.has("details") ? error.get("details")
                : tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode())),
        duration == null ? null : duration(duration));
  }

  private static JsonNode field(JsonNode object, String camel, String snake) {
    JsonNode value = object.get(camel);
    if (value == null || value.isNull()) {
      value = object.get(snake);
    }
    return value == null || value.isNull() ? null : value;
  }

  private static String text(JsonNode object, String camel, String snake) {
    JsonNode value = field(object, camel, snake);
    if (value != null && !value.isString()) {
      throw new IllegalArgumentException("'" + camel + "' is a string, not " + value.getNodeType());
    }
    return value == null ? null : value.stringValue();
  }

  private static long size(JsonNode value) {
    if (value == null) {
      return -1;
    }
    if (value.isIntegralNumber()) {
      return value.longValue();
    }
    if (value.isString() && value.stringValue().matches("\\d{1,19}")) {
      return Long.parseLong(value.stringValue());
    }
    throw new IllegalArgumentException("'sizeBytes' is an int64 string, not " + value);
  }

  private static Instant time(String value) {
    return value == null ? null : Instant.parse(value);
  }

  /** A protobuf duration, {@code "3.5s"}. */
  private static Duration duration(String value) {
    if (!value.matches("-?\\d+(\\.\\d{1,9})?s")) {
      throw new IllegalArgumentException("'videoDuration' is a duration such as \"3.5s\", not \"" + value + "\"");
    }
    BigDecimal seconds = new BigDecimal(value.substring(0, value.length() - 1));
    return Duration.ofNanos(seconds.movePointRight(9).longValueExact());
  }
}
