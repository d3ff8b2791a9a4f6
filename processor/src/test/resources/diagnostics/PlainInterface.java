package test;

import dev.interactions4j.GeminiOutput;

@GeminiOutput
public record PlainInterface(Animal pet) {
  public interface Animal {}
}
