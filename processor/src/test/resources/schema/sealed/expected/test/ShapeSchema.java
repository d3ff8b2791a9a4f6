package test;

import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.internal.JsonVariants;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import java.util.List;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A shape to draw.
 *
 * <p>Structured output support for {@link Shape}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class ShapeSchema {
  /**
   * The JSON Schema of {@link Shape}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"description\":\"A shape to draw. Jackson annotations only serve the databind comparison in tests."
      + "\",\"anyOf\":[{\"type\":\"object\",\"description\":\"A circle.\","
      + "\"properties\":{\"type\":{\"type\":\"string\",\"enum\":[\"Circle\"]},"
      + "\"radius\":{\"type\":\"number\"}},\"required\":[\"type\",\"radius\"],"
      + "\"propertyOrdering\":[\"type\",\"radius\"]},{\"type\":\"object\","
      + "\"description\":\"A square.\",\"properties\":{\"type\":{\"type\":\"string\","
      + "\"enum\":[\"square\"]},\"side\":{\"type\":\"number\"}},\"required\":[\"type\","
      + "\"side\"],\"propertyOrdering\":[\"type\",\"side\"]},{\"type\":\"object\","
      + "\"description\":\"A triangle.\",\"properties\":{\"type\":{\"type\":\"string\","
      + "\"enum\":[\"Triangle\"]},\"a\":{\"type\":\"number\"},\"b\":{\"type\":\"number\"},"
      + "\"c\":{\"type\":\"number\"}},\"required\":[\"type\",\"a\",\"b\","
      + "\"c\"],\"propertyOrdering\":[\"type\",\"a\",\"b\",\"c\"]}]}";

  /**
   * The structured output type of {@link Shape}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Shape> TYPE = TrustedSchemas.outputType("test.Shape", JSON_SCHEMA,
      ShapeSchema::readShape, ShapeSchema::writeShape);

  private ShapeSchema() {
  }

  /**
   * Reads one {@link Shape} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Shape parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Shape value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Shape readShape(JsonInput in) {
    return JsonVariants.<Shape>read(in, "type", List.of("Circle", "square", "Triangle"), tag -> switch (tag) {
      case "Circle" -> ShapeSchema::readShape_Circle;
      case "square" -> ShapeSchema::readShape_Square;
      case "Triangle" -> ShapeSchema::readShape_Triangle;
      default -> throw new IllegalStateException(tag);
    });
  }

  private static void writeShape(Shape value, JsonGenerator generator) {
    if (value instanceof Shape.Circle) {
      writeShape_Circle((Shape.Circle) value, generator);
    } else if (value instanceof Shape.Square) {
      writeShape_Square((Shape.Square) value, generator);
    } else if (value instanceof Shape.Triangle) {
      writeShape_Triangle((Shape.Triangle) value, generator);
    } else {
      throw new IllegalArgumentException("Not a permitted subtype of test.Shape: " + value.getClass().getName());
    }
  }

  private static Shape.Circle readShape_Circle(JsonInput in) {
    Double radius = null;
    boolean discriminatorSeen = false;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "type" -> {
          in.readDiscriminator("Circle");
          discriminatorSeen = true;
        }
        case "radius" -> radius = in.readDouble();
        default -> in.skipValue();
      }
    }
    if (!discriminatorSeen) {
      throw in.missing("type", "\"Circle\"");
    }
    in.require(radius, "radius", "a number");
    try {
      return new Shape.Circle(radius);
    } catch (RuntimeException e) {
      throw in.rejected("test.Shape.Circle", e);
    }
  }

  private static void writeShape_Circle(Shape.Circle value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("type", "Circle");
    generator.writeName("radius");
    JsonOutput.writeNumber(value.radius(), generator);
    generator.writeEndObject();
  }

  private static Shape.Square readShape_Square(JsonInput in) {
    Double side = null;
    boolean discriminatorSeen = false;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "type" -> {
          in.readDiscriminator("square");
          discriminatorSeen = true;
        }
        case "side" -> side = in.readDouble();
        default -> in.skipValue();
      }
    }
    if (!discriminatorSeen) {
      throw in.missing("type", "\"square\"");
    }
    in.require(side, "side", "a number");
    try {
      return new Shape.Square(side);
    } catch (RuntimeException e) {
      throw in.rejected("test.Shape.Square", e);
    }
  }

  private static void writeShape_Square(Shape.Square value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("type", "square");
    generator.writeName("side");
    JsonOutput.writeNumber(value.side(), generator);
    generator.writeEndObject();
  }

  private static Shape.Triangle readShape_Triangle(JsonInput in) {
    Double a = null;
    Double b = null;
    Double c = null;
    boolean discriminatorSeen = false;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "type" -> {
          in.readDiscriminator("Triangle");
          discriminatorSeen = true;
        }
        case "a" -> a = in.readDouble();
        case "b" -> b = in.readDouble();
        case "c" -> c = in.readDouble();
        default -> in.skipValue();
      }
    }
    if (!discriminatorSeen) {
      throw in.missing("type", "\"Triangle\"");
    }
    in.require(a, "a", "a number");
    in.require(b, "b", "a number");
    in.require(c, "c", "a number");
    try {
      return new Shape.Triangle(a, b, c);
    } catch (RuntimeException e) {
      throw in.rejected("test.Shape.Triangle", e);
    }
  }

  private static void writeShape_Triangle(Shape.Triangle value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("type", "Triangle");
    generator.writeName("a");
    JsonOutput.writeNumber(value.a(), generator);
    generator.writeName("b");
    JsonOutput.writeNumber(value.b(), generator);
    generator.writeName("c");
    JsonOutput.writeNumber(value.c(), generator);
    generator.writeEndObject();
  }
}
