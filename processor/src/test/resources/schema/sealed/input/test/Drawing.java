package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.Nullable;
import java.util.List;

/**
 * Shapes in a drawing.
 *
 * @param title the drawing's title
 * @param shapes what is drawn, in order
 * @param highlight the shape to emphasize
 */
@GeminiOutput
public record Drawing(String title, List<Shape> shapes, @Nullable Shape highlight) {}
