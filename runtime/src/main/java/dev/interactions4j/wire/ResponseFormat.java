package dev.interactions4j.wire;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What the model should answer with; discriminated by {@code type}. */
public sealed interface ResponseFormat {

  /** The wire {@code type}. */
  String type();

  /** Structured output: JSON text that follows {@code schema}. */
  static Text json(JsonNode schema) {
    return new Text("application/json", schema);
  }

  /**
   * Structured output from a JSON Schema given as text, such as a generated {@code
   * <T>Schema.TYPE.schemaJson()}. The text is checked (it must be one JSON object) and sent as it
   * is, made compact; {@link Text#schema()} parses it into a tree only when it is first read.
   *
   * @throws WireFormatException if the text is not a JSON object
   */
  static Text json(String schemaJson) {
    return json(CompactText.of(schemaJson));
  }

  /**
   * Text output, structured when {@code schema} is set.
   *
   * @param mimeType e.g. {@code application/json}, or null
   * @param schema a JSON Schema, or null
   */
  record Text(String mimeType, JsonNode schema) implements ResponseFormat {
    @Override
    public String type() {
      return "text";
    }
  }

  /**
   * Image output.
   *
   * @param mimeType e.g. {@code image/png}, or null
   * @param aspectRatio e.g. {@code 16:9}, or null
   * @param imageSize e.g. {@code 2K}, or null
   * @param delivery e.g. {@code inline}, or null
   */
  record Image(String mimeType, String aspectRatio, String imageSize, String delivery)
      implements ResponseFormat {
    @Override
    public String type() {
      return "image";
    }
  }

  /**
   * Audio output.
   *
   * @param mimeType e.g. {@code audio/wav}, or null
   * @param sampleRate samples per second, or null
   * @param bitRate bits per second, or null
   * @param delivery e.g. {@code inline}, or null
   */
  record Audio(String mimeType, Integer sampleRate, Integer bitRate, String delivery)
      implements ResponseFormat {
    @Override
    public String type() {
      return "audio";
    }
  }

  /**
   * A format this version does not model (video, new ones), passed through as raw JSON.
   *
   * @param type the wire type
   * @param raw the whole format object
   */
  record Unknown(String type, ObjectNode raw) implements ResponseFormat {}
}
