package test;

import dev.interactions4j.schema.GeminiOutput;

public class OnMethod {
  @GeminiOutput
  public String answer() {
    return "";
  }
}
