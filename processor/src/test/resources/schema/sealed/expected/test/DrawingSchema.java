package test;

import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import java.util.List;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Shapes in a drawing.
 *
 * <p>Structured output support for {@link Drawing}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class DrawingSchema {
  /**
   * The JSON Schema of {@link Drawing}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"description\":\"Shapes in a drawing.\","
      + "\"properties\":{\"title\":{\"type\":\"string\",\"description\":\"the drawing's title\"},"
      + "\"shapes\":{\"type\":\"array\",\"description\":\"what is drawn, in order\","
      + "\"items\":{\"description\":\"A shape to draw. Jackson annotations only serve the databind comparison"
      + " in tests.\",\"anyOf\":[{\"type\":\"object\",\"description\":\"A circle.\","
      + "\"properties\":{\"type\":{\"type\":\"string\",\"enum\":[\"Circle\"]},"
      + "\"radius\":{\"type\":\"number\"}},\"required\":[\"type\",\"radius\"],"
      + "\"propertyOrdering\":[\"type\",\"radius\"]},{\"type\":\"object\","
      + "\"description\":\"A square.\",\"properties\":{\"type\":{\"type\":\"string\","
      + "\"enum\":[\"square\"]},\"side\":{\"type\":\"number\"}},\"required\":[\"type\","
      + "\"side\"],\"propertyOrdering\":[\"type\",\"side\"]},{\"type\":\"object\","
      + "\"description\":\"A triangle.\",\"properties\":{\"type\":{\"type\":\"string\","
      + "\"enum\":[\"Triangle\"]},\"a\":{\"type\":\"number\"},\"b\":{\"type\":\"number\"},"
      + "\"c\":{\"type\":\"number\"}},\"required\":[\"type\",\"a\",\"b\","
      + "\"c\"],\"propertyOrdering\":[\"type\",\"a\",\"b\",\"c\"]}]}},"
      + "\"highlight\":{\"description\":\"the shape to emphasize\",\"anyOf\":[{\"type\":\"object\","
      + "\"description\":\"A circle.\",\"properties\":{\"type\":{\"type\":\"string\","
      + "\"enum\":[\"Circle\"]},\"radius\":{\"type\":\"number\"}},\"required\":[\"type\","
      + "\"radius\"],\"propertyOrdering\":[\"type\",\"radius\"]},{\"type\":\"object\","
      + "\"description\":\"A square.\",\"properties\":{\"type\":{\"type\":\"string\","
      + "\"enum\":[\"square\"]},\"side\":{\"type\":\"number\"}},\"required\":[\"type\","
      + "\"side\"],\"propertyOrdering\":[\"type\",\"side\"]},{\"type\":\"object\","
      + "\"description\":\"A triangle.\",\"properties\":{\"type\":{\"type\":\"string\","
      + "\"enum\":[\"Triangle\"]},\"a\":{\"type\":\"number\"},\"b\":{\"type\":\"number\"},"
      + "\"c\":{\"type\":\"number\"}},\"required\":[\"type\",\"a\",\"b\","
      + "\"c\"],\"propertyOrdering\":[\"type\",\"a\",\"b\",\"c\"]},{\"type\":\"null\"}]}},"
      + "\"required\":[\"title\",\"shapes\"],\"propertyOrdering\":[\"title\","
      + "\"shapes\",\"highlight\"]}";

  /**
   * The structured output type of {@link Drawing}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Drawing> TYPE = TrustedSchemas.outputType("test.Drawing",
      JSON_SCHEMA, DrawingSchema::readDrawing, DrawingSchema::writeDrawing);

  private DrawingSchema() {
  }

  /**
   * Reads one {@link Drawing} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Drawing parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Drawing value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Drawing readDrawing(JsonInput in) {
    String title = null;
    List<Shape> shapes = null;
    Shape highlight = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "title" -> title = in.readString();
        case "shapes" -> shapes = in.readList(ShapeSchema.TYPE.reader());
        case "highlight" -> highlight = in.readNullable(ShapeSchema.TYPE.reader());
        default -> in.skipValue();
      }
    }
    in.require(title, "title", "a string");
    in.require(shapes, "shapes", "an array");
    try {
      return new Drawing(title, shapes, highlight);
    } catch (RuntimeException e) {
      throw in.rejected("test.Drawing", e);
    }
  }

  private static void writeDrawing(Drawing value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("title");
    JsonOutput.writeString(value.title(), generator);
    generator.writeName("shapes");
    JsonOutput.writeList(value.shapes(), generator, ShapeSchema.TYPE.writer());
    if (value.highlight() != null) {
      generator.writeName("highlight");
      JsonOutput.writeNullable(value.highlight(), generator, ShapeSchema.TYPE.writer());
    }
    generator.writeEndObject();
  }
}
