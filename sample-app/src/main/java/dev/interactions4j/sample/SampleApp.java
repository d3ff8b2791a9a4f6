package dev.interactions4j.sample;

/** Command-line entry point of the sample app. */
public final class SampleApp {
  private SampleApp() {}

  public static void main(String[] args) {}
}
