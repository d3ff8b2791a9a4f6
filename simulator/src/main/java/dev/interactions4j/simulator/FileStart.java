package dev.interactions4j.simulator;

import com.sun.net.httpserver.Headers;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a resumable upload's {@code start} request says about the file, read as leniently as the
 * clients in use write it: Python's snake_case ({@code display_name}, {@code mime_type},
 * {@code size_bytes}), JS's camelCase ({@code displayName}, {@code mimeType}, {@code sizeBytes}
 * as a string), the docs' single-quoted {@code {'file': {'display_name': ...}}}, or no body, with
 * the {@code X-Goog-Upload-Header-Content-Length} and {@code -Content-Type} headers beside it.
 *
 * @param name the requested id (from {@code name}, {@code files/<id>}), or null for a new one
 * @param displayName the display name, or null
 * @param mimeType the MIME type
 * @param declaredSize the size the start declared, or -1 when it declared none
 */
record FileStart(String name, String displayName, String mimeType, long declaredSize) {
  private static final JsonMapper LENIENT = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();
  private static final int MAX_DISPLAY_NAME = 512;

  static FileStart read(Headers headers, byte[] body) throws ApiFailure {
    String protocol = headers.getFirst("X-Goog-Upload-Protocol");
    if (protocol == null || !protocol.strip().equalsIgnoreCase("resumable")) {
      throw ApiFailure.invalid("The simulator serves the resumable upload protocol only; send X-Goog-Upload-Protocol:"
          + " resumable (it was '" + protocol + "')");
    }
    JsonNode file = file(body);
    String name = text(file, "name", "name");
    if (name != null) {
      name = name.startsWith("files/") ? name.substring("files/".length()) : name;
      if (!FileStore.validId(name)) {
        throw ApiFailure.invalid("Invalid file name 'files/" + name + "': the id must be 1 to 40 characters of [a-z0-9-],"
            + " neither starting nor ending with '-'");
      }
    }
    String displayName = text(file, "displayName", "display_name");
    if (displayName != null && displayName.length() > MAX_DISPLAY_NAME) {
      throw ApiFailure.invalid("displayName has " + displayName.length() + " characters; at most " + MAX_DISPLAY_NAME + " are allowed");
    }
    String mimeType = text(file, "mimeType", "mime_type");
    String headerType = headers.getFirst("X-Goog-Upload-Header-Content-Type");
    if (mimeType == null) {
      mimeType = headerType == null || headerType.isBlank() ? null : headerType.strip();
    }
    if (mimeType == null) {
      throw ApiFailure.invalid("The file has no MIME type: set mimeType in the body or X-Goog-Upload-Header-Content-Type");
    }
    long declared = size(headers.getFirst("X-Goog-Upload-Header-Content-Length"), "X-Goog-Upload-Header-Content-Length");
    long inBody = size(text(file, "sizeBytes", "size_bytes"), "sizeBytes");
    if (declared >= 0 && inBody >= 0 && declared != inBody) {
      throw ApiFailure.invalid("sizeBytes " + inBody + " contradicts X-Goog-Upload-Header-Content-Length " + declared);
    }
    declared = Math.max(declared, inBody);
    if (declared > FileUploads.MAX_FILE_SIZE) {
      throw ApiFailure.invalid("The file has " + declared + " bytes; the Files API takes at most " + FileUploads.MAX_FILE_SIZE
          + " bytes per file");
    }
    return new FileStart(name, displayName, mimeType, declared);
  }

  /** The body's {@code file} object (or the body itself when it has none); empty for no body. */
  private static JsonNode file(byte[] body) throws ApiFailure {
    if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      return LENIENT.createObjectNode();
    }
    try {
      JsonNode tree = LENIENT.readTree(body);
      if (!tree.isObject()) {
        throw ApiFailure.invalid("Invalid JSON payload: the start body must be an object such as {\"file\": {...}}");
      }
      return tree.has("file") ? tree.get("file") : tree;
    } catch (JacksonException e) {
      throw ApiFailure.invalid("Invalid JSON payload received: " + e.getOriginalMessage());
    }
  }

  private static String text(JsonNode file, String camel, String snake) {
    JsonNode value = file.has(camel) ? file.get(camel) : file.get(snake);
    return value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString();
  }

  /** A byte count from a header or field, or -1 when absent. */
  static long size(String text, String what) throws ApiFailure {
    if (text == null || text.isBlank()) {
      return -1;
    }
    try {
      long size = Long.parseLong(text.strip());
      if (size >= 0) {
        return size;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiFailure.invalid(what + " must be a byte count but is '" + text + "'");
  }
}
