package test;

import dev.interactions4j.Description;
import dev.interactions4j.GeminiOutput;

/** Holds nested output types. */
public class Outer {
  private Outer() {}

  /** This Javadoc is overridden. */
  @GeminiOutput
  @Description("A nested output type")
  public record Inner(String value) {}
}
