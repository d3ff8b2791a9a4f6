package test;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.JsonName;

/** A shape to draw. Jackson annotations only serve the databind comparison in tests. */
@GeminiOutput
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(Shape.Circle.class),
  @JsonSubTypes.Type(Shape.Square.class),
  @JsonSubTypes.Type(Shape.Triangle.class)
})
public sealed interface Shape permits Shape.Circle, Shape.Square, Shape.Polygon {

  /** A circle. */
  @JsonTypeName("Circle")
  record Circle(double radius) implements Shape {}

  /** A square. */
  @JsonName("square")
  @JsonTypeName("square")
  record Square(double side) implements Shape {}

  /** Shapes with corners. */
  sealed interface Polygon extends Shape permits Triangle {}

  /** A triangle. */
  @JsonTypeName("Triangle")
  record Triangle(double a, double b, double c) implements Polygon {}
}
