package dev.interactions4j.wire;

import dev.interactions4j.internal.RawJsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.POJONode;

/**
 * JSON trees read and written on Jackson's streaming API alone, never an {@code ObjectMapper}
 * (whose data binding costs hundreds of classes at start-up). Reading an answer decodes the base64
 * {@code data} of media content (where the API puts media: the content of a step, see {@link
 * Place}) straight from the parser's buffer into {@link MediaData}: in memory up to {@link
 * #SPILL_THRESHOLD}, in a temporary file beyond. A 50 MB image answer never exists as
 * a 67 MB string, nor whole in the heap.
 */
final class TreeJson {
  /** Decoded media larger than this goes to a temporary file. */
  static final int SPILL_THRESHOLD = 1 << 20;
  /** How much of the raw text an error keeps. */
  static final int RAW_KEPT = 1 << 20;

  private static final java.util.Set<String> OUTPUT_MEDIA = java.util.Set.of("output_image", "output_audio", "output_video");
  private static final JsonFactory FACTORY = new JsonFactory();
  /** Factories by text bound: a client has one bound, a JVM a handful of clients. */
  private static final java.util.Map<Integer, JsonFactory> BOUNDED = new java.util.concurrent.ConcurrentHashMap<>();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TreeJson() {}

  /** The tree, or null for an empty body; the raw text read so far is kept in {@code raw}. */
  static JsonNode read(InputStream in, RawCapture raw) {
    return read(in, raw, FACTORY);
  }

  /**
   * As {@link #read(InputStream, RawCapture)}, refusing a string value longer than {@code
   * maxTextSize} characters before it is held whole (base64 media is decoded as it streams, and
   * is not bound by it).
   */
  static JsonNode read(InputStream in, RawCapture raw, int maxTextSize) {
    return read(in, raw, BOUNDED.computeIfAbsent(maxTextSize, max -> JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(max).build()).build()));
  }

  private static JsonNode read(InputStream in, RawCapture raw, JsonFactory factory) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), raw.wrap(in))) {
      return root(parser, true);
    }
  }

  /**
   * The tree of a body received whole, or null when it is empty; media decoded as from a stream,
   * but parsed straight from the array (no copy kept for errors: the array is the raw text).
   */
  static JsonNode read(byte[] json) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return root(parser, true);
    }
  }

  /**
   * The tree of a text, or null when it is empty; base64 media stays text. No {@code
   * ObjectMapper}: a client that only builds requests and reads answers never loads data binding.
   */
  static JsonNode read(String json) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return root(parser, false);
    }
  }

  /**
   * Writes {@code tree} compactly; {@link MediaData} is base64-encoded as it is written, and an
   * object still held as text ({@link RawJsonObject}) is written as that text.
   */
  static void write(JsonNode tree, JsonGenerator generator) {
    String raw = tree instanceof RawJsonObject text ? text.rawJson() : null;
    if (raw != null) {
      generator.writeRawValue(raw);
    } else if (tree instanceof ObjectNode object) {
      generator.writeStartObject();
      for (java.util.Map.Entry<String, JsonNode> property : object.properties()) {
        generator.writeName(property.getKey());
        write(property.getValue(), generator);
      }
      generator.writeEndObject();
    } else if (tree instanceof ArrayNode array) {
      generator.writeStartArray();
      for (JsonNode item : array) {
        write(item, generator);
      }
      generator.writeEndArray();
    } else if (tree instanceof POJONode pojo && pojo.getPojo() instanceof MediaData media) {
      media.write(generator);
    } else if (tree.isString()) {
      generator.writeString(tree.stringValue());
    } else if (tree.isBoolean()) {
      generator.writeBoolean(tree.booleanValue());
    } else if (tree.isNull() || tree.isMissingNode()) {
      generator.writeNull();
    } else if (tree.isInt()) {
      generator.writeNumber(tree.intValue());
    } else if (tree.isLong()) {
      generator.writeNumber(tree.longValue());
    } else if (tree.isBigInteger()) {
      generator.writeNumber(tree.bigIntegerValue());
    } else if (tree.isBigDecimal()) {
      generator.writeNumber(tree.decimalValue());
    } else if (tree.isFloat()) {
      generator.writeNumber(tree.floatValue());
    } else if (tree.isNumber()) {
      generator.writeNumber(tree.doubleValue());
    } else {
      throw new IllegalArgumentException("Cannot write a " + tree.getNodeType() + " node");
    }
  }

  /** {@code tree} as compact JSON text. */
  static String toJson(JsonNode tree) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      write(tree, generator);
    }
    return out.toString();
  }

  /** Writes {@code tree} as compact UTF-8 JSON to {@code out}, media encoded as it goes; closes {@code out}. */
  static void write(JsonNode tree, java.io.OutputStream out) {
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      write(tree, generator);
    }
  }

  /** {@code tree} as compact UTF-8 JSON. */
  static byte[] toBytes(JsonNode tree) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(256);
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      write(tree, generator);
    }
    return out.toByteArray();
  }

  private static JsonNode root(JsonParser parser, boolean decodeMedia) {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return null;
    }
    JsonNode root = value(parser, first, decodeMedia ? Place.ANSWER : Place.PLAIN);
    if (parser.nextToken() != null) {
      throw new StreamReadException(parser, "Trailing token after the JSON value");
    }
    return root;
  }

  /**
   * Where a value sits in an answer, as far as media goes: the API puts inline media only in the
   * content of {@code user_input} and {@code model_output} steps and in a thought's summary.
   * Anything else (function arguments and results, tool results, unknown steps and content, raw
   * pass-through) is plain JSON and comes back exactly as sent, whatever it holds.
   */
  private enum Place {
    /** The answer itself: its {@code steps} hold steps. */
    ANSWER,
    /** A step: its content (or summary) holds media when its type puts media there. */
    STEP,
    /** An element of a step's content: its {@code data} is media when its type is a media type. */
    CONTENT,
    /** Anything else. */
    PLAIN
  }

  private static final java.util.Set<String> MEDIA_TYPES = java.util.Set.of("image", "audio", "video", "document");

  private static JsonNode value(JsonParser parser, JsonToken token, Place place) {
    switch (token) {
      case START_OBJECT:
        return object(parser, place);
      case START_ARRAY:
        return array(parser, Place.PLAIN);
      case VALUE_STRING:
        return NODES.stringNode(parser.getString());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("Unexpected JSON token " + token);
    }
  }

  /** An array whose object elements sit at {@code elements}. */
  private static ArrayNode array(JsonParser parser, Place elements) {
    ArrayNode array = NODES.arrayNode();
    for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
      array.add(value(parser, next, elements));
    }
    return array;
  }

  /**
   * An object at {@code place}. A step's or a content's {@code type} is known when the fields
   * after it are read (the API sends it first); when it comes later, nothing is decoded here and
   * {@link ContentCodec} decodes the text instead.
   */
  private static ObjectNode object(JsonParser parser, Place place) {
    ObjectNode object = NODES.objectNode();
    String type = null;
    for (JsonToken next = parser.nextToken(); next == JsonToken.PROPERTY_NAME; next = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken valueToken = parser.nextToken();
      if (place == Place.ANSWER && OUTPUT_MEDIA.contains(name)) {
        // Copies of the last output's media, which the steps carry too and the model leaves out.
        parser.skipChildren();
      } else if (place == Place.CONTENT && valueToken == JsonToken.VALUE_STRING && name.equals("data")
          && type != null && MEDIA_TYPES.contains(type)) {
        object.set(name, new POJONode(decode(parser)));
      } else if (valueToken == JsonToken.START_ARRAY && holdsMedia(place, type, name)) {
        object.set(name, array(parser, place == Place.ANSWER ? Place.STEP : Place.CONTENT));
      } else {
        JsonNode value = value(parser, valueToken, Place.PLAIN);
        if (name.equals("type") && value.isString()) {
          type = value.stringValue();
        }
        object.set(name, value);
      }
    }
    return object;
  }

  /** Whether the array {@code name} of an object at {@code place} and of {@code type} holds steps or media content. */
  private static boolean holdsMedia(Place place, String type, String name) {
    return switch (place) {
      case ANSWER -> name.equals("steps");
      case STEP -> name.equals("content") && ("user_input".equals(type) || "model_output".equals(type))
          || name.equals("summary") && "thought".equals(type);
      default -> false;
    };
  }

  private static MediaData decode(JsonParser parser) {
    try (MediaSpill sink = new MediaSpill()) {
      parser.readBinaryValue(MediaData.BASE64, sink);
      return sink.result();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write decoded media to a temporary file: " + e.getMessage(), e);
    }
  }
}
