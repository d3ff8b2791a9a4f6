package test;

import dev.interactions4j.schema.Description;
import dev.interactions4j.schema.GeminiOutput;

/** Holds nested output types. */
public class Outer {
  private Outer() {}

  /** This Javadoc is overridden. */
  @GeminiOutput
  @Description("A nested output type")
  public record Inner(String value) {}
}
