package dev.interactions4j.wire;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the wire model as Interactions API JSON: exact snake_case names, absent fields
 * omitted, unknown fields ignored, unknown types kept. Reflection-free: JSON trees and hand-written
 * mapping, no data binding. Anything malformed raises one {@link WireFormatException} with the raw
 * text.
 */
public final class WireJson {

  private WireJson() {}

  /** The JSON body of a create call. */
  public static byte[] write(InteractionRequest request) {
    return bytes(RequestCodec.write(request));
  }

  /**
   * Writes the JSON body of a create call to {@code out} and closes it: inline media from files is
   * base64-encoded as it is read, so a body of any size costs little heap.
   */
  public static void write(InteractionRequest request, java.io.OutputStream out) {
    TreeJson.write(RequestCodec.write(request), out);
  }

  /** Reads a create body (the simulator-side view; also used by tests). */
  public static InteractionRequest readRequest(String json) {
    return read(json, tree -> RequestCodec.read(Trees.asObject(tree, "request")));
  }

  /** Reads an interaction answer. */
  public static Interaction readInteraction(byte[] json) {
    return readInteraction(new String(json, StandardCharsets.UTF_8));
  }

  /**
   * Reads an interaction answer from a stream, decoding inline media as it arrives (large media
   * goes to a temporary file, see {@link MediaData}). A failure to read the stream itself is an
   * {@link java.io.UncheckedIOException}; anything malformed a {@link WireFormatException} with
   * the raw text (its first megabyte).
   */
  public static Interaction readInteraction(InputStream json) {
    return readInteraction(json, Integer.MAX_VALUE);
  }

  /**
   * As {@link #readInteraction(InputStream)}, with a text value longer than {@code maxTextSize}
   * characters a {@link WireFormatException} before it is held whole.
   */
  public static Interaction readInteraction(InputStream json, int maxTextSize) {
    RawCapture raw = new RawCapture();
    JsonNode tree;
    try {
      tree = maxTextSize == Integer.MAX_VALUE ? TreeJson.read(json, raw) : TreeJson.read(json, raw, maxTextSize);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getMessage(), e.getCause());
    } catch (JacksonException e) {
      throw new WireFormatException("Malformed JSON: " + e.getOriginalMessage(), raw.text(), null, e);
    }
    return interaction(tree, raw::text);
  }

  /**
   * Reads an interaction answer received whole, exactly as {@link #readInteraction(InputStream)}
   * reads it from a stream (inline media decoded, the same errors with the raw text), without the
   * stream: the parser reads the array itself.
   */
  public static Interaction readAnswer(byte[] json) {
    JsonNode tree;
    try {
      tree = TreeJson.read(json);
    } catch (JacksonException e) {
      throw new WireFormatException("Malformed JSON: " + e.getOriginalMessage(), rawText(json), null, e);
    }
    return interaction(tree, () -> rawText(json));
  }

  /** The interaction a parsed answer holds; {@code rawText} gives the text for an error. */
  private static Interaction interaction(JsonNode tree, Supplier<String> rawText) {
    if (tree == null) {
      throw new WireFormatException("Expected JSON but got an empty body", "", null, null);
    }
    try {
      return InteractionCodec.read(Trees.asObject(tree, "interaction"));
    } catch (Trees.ShapeException | IllegalArgumentException | NullPointerException e) {
      throw new WireFormatException("Unexpected JSON shape: " + e.getMessage(), rawText.get(), idOf(tree), e);
    }
  }

  /** The raw text of a body for an error, cut as {@link RawCapture} cuts it. */
  private static String rawText(byte[] json) {
    if (json.length <= TreeJson.RAW_KEPT) {
      return new String(json, StandardCharsets.UTF_8);
    }
    return new String(json, 0, TreeJson.RAW_KEPT, StandardCharsets.UTF_8)
        + "… (first " + TreeJson.RAW_KEPT + " of " + json.length + " bytes read)";
  }

  /** Reads an interaction answer. */
  public static Interaction readInteraction(String json) {
    return read(json, tree -> InteractionCodec.read(Trees.asObject(tree, "interaction")));
  }

  /** Writes an interaction as the server would send it. */
  public static String toJson(Interaction interaction) {
    return TreeJson.toJson(InteractionCodec.write(interaction));
  }

  /**
   * Reads one server-sent event.
   *
   * @param sseEventType the {@code event:} line's value, or null
   * @param data the {@code data:} JSON
   */
  public static StreamEvent readEvent(String sseEventType, String data) {
    return read(data, tree -> EventCodec.read(sseEventType, EventCodec.asEventObject(tree)));
  }

  /** Writes one event's JSON, {@code event_type} last as the server does. */
  public static String toJson(StreamEvent event) {
    return TreeJson.toJson(EventCodec.write(event));
  }

  /**
   * Reads the {@code error} of an error body; null when the body is not one (the caller then
   * reports the raw body).
   */
  public static ApiError readError(String body) {
    try {
      JsonNode tree = body == null ? null : TreeJson.read(body);
      if (tree instanceof ObjectNode object && object.get("error") instanceof ObjectNode error) {
        return InteractionCodec.readApiError(error);
      }
      return null;
    } catch (JacksonException | Trees.ShapeException e) {
      return null;
    }
  }

  /** Reads a step. */
  static Step readStep(String json) {
    return read(json, StepCodec::read);
  }

  /** Writes a step. */
  static String toJson(Step step) {
    return TreeJson.toJson(StepCodec.write(step));
  }

  /** Reads a content. */
  static Content readContent(String json) {
    return read(json, ContentCodec::read);
  }

  /** Writes a content. */
  static String toJson(Content content) {
    return TreeJson.toJson(ContentCodec.write(content));
  }

  /** Reads a tool. */
  static Tool readTool(String json) {
    return read(json, ToolCodec::readTool);
  }

  /** Writes a tool. */
  static String toJson(Tool tool) {
    return TreeJson.toJson(ToolCodec.writeTool(tool));
  }

  /** Reads a response format. */
  static ResponseFormat readResponseFormat(String json) {
    return read(json, ToolCodec::readFormat);
  }

  /** Writes a response format. */
  static String toJson(ResponseFormat format) {
    return TreeJson.toJson(ToolCodec.writeFormat(format));
  }

  /** Writes a generation config. */
  static String toJson(GenerationConfig config) {
    return TreeJson.toJson(ToolCodec.writeConfig(config));
  }

  /** Reads a usage object. */
  static Usage readUsage(String json) {
    return read(json, tree -> InteractionCodec.readUsage(Trees.asObject(tree, "usage")));
  }

  /** Writes a usage object. */
  static String toJson(Usage usage) {
    return TreeJson.toJson(InteractionCodec.writeUsage(usage));
  }

  /** Parses a JSON object (a schema, function arguments). */
  public static ObjectNode readObject(String json) {
    return read(json, tree -> Trees.asObject(tree, "value"));
  }

  /** Parses any JSON value. */
  public static JsonNode readTree(String json) {
    return read(json, tree -> tree);
  }

  /** Writes a tree as compact JSON text. */
  public static String toJson(JsonNode tree) {
    return TreeJson.toJson(tree);
  }

  /** Serializes a tree compactly. */
  public static byte[] bytes(JsonNode tree) {
    return TreeJson.toBytes(tree);
  }

  private static <T> T read(String json, Function<JsonNode, T> mapping) {
    if (json == null) {
      throw new WireFormatException("Expected JSON but got no body", null, null, null);
    }
    JsonNode tree;
    try {
      tree = TreeJson.read(json);
    } catch (JacksonException e) {
      throw new WireFormatException("Malformed JSON: " + e.getOriginalMessage(), json, null, e);
    }
    if (tree == null) {
      throw new WireFormatException("Expected JSON but got an empty body", json, null, null);
    }
    try {
      return mapping.apply(tree);
    } catch (Trees.ShapeException | IllegalArgumentException | NullPointerException e) {
      throw new WireFormatException("Unexpected JSON shape: " + e.getMessage(), json, idOf(tree), e);
    }
  }

  private static String idOf(JsonNode tree) {
    JsonNode id = tree instanceof ObjectNode object ? object.get("id") : null;
    return id != null && id.isString() ? id.stringValue() : null;
  }
}
