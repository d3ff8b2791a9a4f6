package test;

import dev.interactions4j.GeminiOutput;

@GeminiOutput
public sealed interface SealedPermitsClass {
  record Circle(double r) implements SealedPermitsClass {}

  final class Blob implements SealedPermitsClass {}
}
