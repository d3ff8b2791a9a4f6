package dev.interactions4j;

/** The library version sent in {@code x-goog-api-client}. */
final class Version {
  static final String VALUE = "0.1.0";

  private Version() {}
}
