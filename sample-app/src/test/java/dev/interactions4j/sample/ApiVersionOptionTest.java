package dev.interactions4j.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.Simulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The app's global {@code --api-version} option, and the key read from the environment as Google's SDKs read it. */
class ApiVersionOptionTest {
  private record Run(int exitCode, String output) {}

  private static Run run(Map<String, String> environment, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = SampleApp.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(bytes, true, StandardCharsets.UTF_8),
        environment::get);
    return new Run(code, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void apiVersionV1_putsEveryCallUnderV1() {
    try (Simulator simulator = Simulator.start()) {
      Run run = run(Map.of(), "--api-version", "v1", "--base-url", simulator.baseUrl(), "stream", "Hello there");

      assertEquals(0, run.exitCode(), run.output());
      assertEquals("/v1/interactions", simulator.requests().get(0).pathAndQuery());
    }
  }

  @Test
  void withoutTheOption_theGeminiApiIsCalledOnV1beta() {
    try (Simulator simulator = Simulator.start()) {
      assertEquals(0, run(Map.of(), "--base-url", simulator.baseUrl(), "ask", "Hello").exitCode());
      assertEquals("v1beta", simulator.requests().get(0).apiVersion());
    }
  }

  @Test
  void onTheAgentPlatform_v1AndV1beta1AreServed_andV1betaIsRefused() {
    try (Simulator simulator = Simulator.builder().bearerToken("ya29.sample").start()) {
      Map<String, String> token = Map.of("GOOGLE_GENAI_ACCESS_TOKEN", "ya29.sample");
      assertEquals(0, run(token, "--api-version", "v1", "--vertex-project", "p", "--base-url", simulator.baseUrl(), "ask", "Hi")
          .exitCode());
      assertEquals("/v1/projects/p/locations/global/interactions", simulator.requests().get(0).pathAndQuery());

      Run refused = run(token, "--api-version", "v1beta", "--vertex-project", "p", "--base-url", simulator.baseUrl(), "ask", "Hi");
      assertEquals(3, refused.exitCode());
      assertEquals("error: API version v1beta is the Gemini API's; the Agent Platform serves v1 and v1beta1",
          refused.output().strip());
    }
  }

  @Test
  void aMalformedVersion_isAUsageError() {
    Run run = run(Map.of(), "--api-version", "latest", "ask", "Hi");

    assertEquals(2, run.exitCode());
    assertTrue(run.output().startsWith("error: Invalid value for option '--api-version': "), run.output());
    assertTrue(run.output().contains("expected a path segment such as v1, v1beta"), run.output());
  }

  @Test
  void help_listsTheOption() {
    Run run = run(Map.of(), "--help");

    assertEquals(0, run.exitCode());
    assertTrue(run.output().contains("--api-version=V"), run.output());
    assertTrue(run.output().contains("v1 or v1beta"), run.output());
  }

  @Test
  void googleApiKey_isTheKey_beforeGeminiApiKey() {
    try (Simulator simulator = Simulator.builder().apiKey("google-key").start()) {
      Run run = run(Map.of("GOOGLE_API_KEY", "google-key", "GEMINI_API_KEY", "other-key"), "--base-url", simulator.baseUrl(),
          "ask", "Hello");

      assertEquals(0, run.exitCode(), run.output());
      assertEquals(1, simulator.interactionsCreated());
    }
  }
}
