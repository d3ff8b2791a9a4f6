package test;

import dev.interactions4j.schema.GeminiOutput;

@GeminiOutput
public record PlainInterface(Animal pet) {
  public interface Animal {}
}
