package test;

import dev.interactions4j.GeminiOutput;

@GeminiOutput
public sealed interface DiscriminatorClash {
  record Event(String type, String name) implements DiscriminatorClash {}
}
