package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.JsonName;

@GeminiOutput
public enum DuplicateEnumNames {
  LOW,
  @JsonName("LOW")
  SMALL
}
