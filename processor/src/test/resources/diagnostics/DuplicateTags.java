package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.JsonName;

@GeminiOutput
public sealed interface DuplicateTags {
  record Circle(double r) implements DuplicateTags {}

  @JsonName("Circle")
  record Round(double r) implements DuplicateTags {}
}
