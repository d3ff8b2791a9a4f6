package test;

import dev.interactions4j.schema.GeminiOutput;

@GeminiOutput
public sealed interface DiscriminatorClash {
  record Event(String type, String name) implements DiscriminatorClash {}
}
