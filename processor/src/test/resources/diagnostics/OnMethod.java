package test;

import dev.interactions4j.GeminiOutput;

public class OnMethod {
  @GeminiOutput
  public String answer() {
    return "";
  }
}
