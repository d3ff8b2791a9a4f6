package test;

import dev.interactions4j.GeminiOutput;

@GeminiOutput
public record PrivateNested(Secret secret) {
  private record Secret(String value) {}
}
