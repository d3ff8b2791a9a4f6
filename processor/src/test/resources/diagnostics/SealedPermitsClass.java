package test;

import dev.interactions4j.schema.GeminiOutput;

@GeminiOutput
public sealed interface SealedPermitsClass {
  record Circle(double r) implements SealedPermitsClass {}

  final class Blob implements SealedPermitsClass {}
}
