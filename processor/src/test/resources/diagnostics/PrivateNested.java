package test;

import dev.interactions4j.schema.GeminiOutput;

@GeminiOutput
public record PrivateNested(Secret secret) {
  private record Secret(String value) {}
}
