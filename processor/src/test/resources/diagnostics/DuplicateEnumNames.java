package test;

import dev.interactions4j.GeminiOutput;
import dev.interactions4j.JsonName;

@GeminiOutput
public enum DuplicateEnumNames {
  LOW,
  @JsonName("LOW")
  SMALL
}
