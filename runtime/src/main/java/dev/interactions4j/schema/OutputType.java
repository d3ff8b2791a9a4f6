package dev.interactions4j.schema;

import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.RawJsonObject;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.ResponseFormat;
import dev.interactions4j.wire.WireJson;
import java.io.StringWriter;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * A structured output type: its JSON Schema and its reflection-free parser and writer. Each
 * {@code @GeminiOutput} type {@code T} gets one as {@code TSchema.TYPE}.
 *
 * <p>The client sends {@link #schemaJson()} as the {@code schema} of a {@code response_format} and
 * turns the model's text into {@code T} with {@link #parse(String)}, which validates everything
 * (types, required properties, enum constants, discriminators, constraints) and never returns a
 * half-built value.
 *
 * @param <T> the Java type described
 */
public final class OutputType<T> {
  // Thread-safe and stateless once built; no ObjectMapper, so no data binding.
  private static final JsonFactory JSON = new JsonFactory();

  private final String name;
  private final String schemaJson;
  /** The schema as a tree when given as one (generated types give compact text kept as text). */
  private final JsonNode schema;
  private final JsonReader<T> reader;
  private final JsonWriter<T> writer;
  private volatile ResponseFormat responseFormat;

  private OutputType(
      String name, String schemaJson, JsonNode schema, JsonReader<T> reader, JsonWriter<T> writer) {
    this.name = Objects.requireNonNull(name, "name");
    this.schemaJson = Objects.requireNonNull(schemaJson, "schemaJson");
    this.schema = schema;
    this.reader = Objects.requireNonNull(reader, "reader");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  /**
   * Creates a descriptor from a JSON Schema written as text; the text is checked (it must be one
   * JSON object) when the first {@link #responseFormat()} is made.
   *
   * @param name the qualified name of the Java type, e.g. {@code "com.example.Recipe"}
   * @param schemaJson the JSON Schema, as JSON text
   * @param reader reads one value, leaving the parser on its last token
   * @param writer writes one value
   */
  public static <T> OutputType<T> of(
      String name, String schemaJson, JsonReader<T> reader, JsonWriter<T> writer) {
    return new OutputType<>(name, schemaJson, null, reader, writer);
  }

  /**
   * Creates a descriptor from a JSON Schema given as a tree, which is sent as it is. Generated
   * types come this way, with their compact schema text kept as text until someone reads it.
   *
   * @param name the qualified name of the Java type, e.g. {@code "com.example.Recipe"}
   * @param schema the JSON Schema, a JSON object
   * @param reader reads one value, leaving the parser on its last token
   * @param writer writes one value
   */
  public static <T> OutputType<T> of(
      String name, JsonNode schema, JsonReader<T> reader, JsonWriter<T> writer) {
    Objects.requireNonNull(schema, "schema");
    String text = schema instanceof RawJsonObject raw && raw.rawJson() != null
        ? raw.rawJson()
        : WireJson.toJson(schema);
    return new OutputType<>(name, text, schema, reader, writer);
  }

  /** The qualified name of the Java type, e.g. {@code com.example.Recipe}. */
  public String name() {
    return name;
  }

  /**
   * The JSON Schema as JSON text: only keywords Gemini accepts, recursion through {@code $defs}.
   * Embed it in a request with {@code JsonGenerator.writeRawValue(schemaJson())} or parse it into a
   * tree.
   */
  public String schemaJson() {
    return schemaJson;
  }

  /**
   * Parses the model's whole answer. Leading and trailing whitespace, a leading byte-order mark
   * and a Markdown code fence around the JSON are tolerated; anything else after the value is a
   * mismatch.
   *
   * @throws OutputMismatchException with {@link OutputMismatchException#rawText()} set, if the text
   *     is not JSON or does not match the type
   */
  public T parse(String json) {
    Objects.requireNonNull(json, "json");
    JsonInput in = null;
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), unfence(json))) {
      in = new JsonInput(parser);
      T value = reader.read(in);
      if (parser.nextToken() != null) {
        throw in.mismatch("the end of the JSON text");
      }
      return value;
    } catch (OutputMismatchException e) {
      throw e.withRawText(json);
    } catch (JacksonException e) {
      // Malformed JSON: say how far the parser got, as a pointer like any other mismatch.
      String pointer = in == null ? "" : in.pointer();
      throw new OutputMismatchException(
          pointer, "well-formed JSON", e.getOriginalMessage(), json, null, e);
    } catch (Exception | AssertionError e) {
      // What a type's own code threw past the generated parser: an assert or a sneaky checked
      // exception in a compact constructor, a RuntimeException from a nested converter.
      String pointer = in == null ? "" : in.pointer();
      String reason = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new OutputMismatchException(pointer, "a value " + name + " accepts", reason, json, null, e);
    }
  }

  /**
   * Parses the text of {@code answer}; a mismatch carries the interaction's id.
   *
   * @throws OutputMismatchException if the text does not match the type
   */
  public T parse(Interaction answer) {
    try {
      return parse(answer.text());
    } catch (OutputMismatchException e) {
      throw e.withInteractionId(answer.id());
    }
  }

  /**
   * The {@code response_format} that asks the model for this type: its schema, made once and kept
   * as compact text until read.
   */
  public ResponseFormat responseFormat() {
    ResponseFormat format = responseFormat;
    if (format == null) {
      format = schema != null ? ResponseFormat.json(schema) : ResponseFormat.json(schemaJson);
      responseFormat = format;
    }
    return format;
  }

  // Models asked for JSON sometimes still wrap it in ```json ... ```. A byte-order mark before the
  // text is dropped like whitespace: it is an encoding artefact, never part of the JSON value.
  private static String unfence(String text) {
    String trimmed = (text.startsWith("\uFEFF") ? text.substring(1) : text).strip();
    if (!trimmed.startsWith("```") || !trimmed.endsWith("```") || trimmed.length() < 6) {
      return trimmed;
    }
    int firstLineEnd = trimmed.indexOf('\n');
    if (firstLineEnd < 0) {
      return trimmed;
    }
    return trimmed.substring(firstLineEnd + 1, trimmed.length() - 3);
  }

  /**
   * Reads one value from a parser, moving to its first token if needed and leaving the parser on
   * its last token. Use this to read a value embedded in a larger document.
   *
   * @throws OutputMismatchException if the value does not match the type (without raw text)
   */
  public T read(JsonParser parser) {
    return reader.read(new JsonInput(parser));
  }

  /**
   * The reader of one value, for generated code that reads this type nested in another, sharing
   * the enclosing {@link JsonInput} (and so its pointer in mismatch messages).
   */
  public JsonReader<T> reader() {
    return reader;
  }

  /** The writer of one value, for generated code that writes this type nested in another. */
  public JsonWriter<T> writer() {
    return writer;
  }

  /** Writes {@code value} as compact JSON text. */
  public String write(T value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      writer.write(value, generator);
    }
    return out.toString();
  }

  /** Writes {@code value} as one JSON value to {@code generator}. */
  public void write(T value, JsonGenerator generator) {
    writer.write(value, generator);
  }

  @Override
  public String toString() {
    return "OutputType[" + name + "]";
  }
}
