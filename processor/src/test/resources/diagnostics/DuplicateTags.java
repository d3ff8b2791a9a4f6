package test;

import dev.interactions4j.GeminiOutput;
import dev.interactions4j.JsonName;

@GeminiOutput
public sealed interface DuplicateTags {
  record Circle(double r) implements DuplicateTags {}

  @JsonName("Circle")
  record Round(double r) implements DuplicateTags {}
}
