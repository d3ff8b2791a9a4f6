package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

  @Test
  void options_startAConfiguredSimulator() {
    try (Simulator simulator = SimulatorMain.parse(new String[] {"--port", "0", "--api-key", "secret", "--rate-503", "1"}, print)) {
      Http.Answer wrongKey = Http.create(simulator, "{\"model\":\"m\",\"input\":\"x\"}");
      assertEquals(401, wrongKey.status(), "only the configured key is accepted");
      assertTrue(simulator.baseUrl().startsWith("http://127.0.0.1:"));
    }
  }

  @Test
  void bearerToken_isTheOneAcceptedOnAgentPlatformPaths() {
    try (Simulator simulator = SimulatorMain.parse(new String[] {"--port", "0", "--bearer-token", "ya29.main"}, print)) {
      java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(simulator.baseUrl()
          + "/v1beta1/projects/p/locations/global/interactions")).POST(java.net.http.HttpRequest.BodyPublishers.ofString(
          "{\"model\":\"m\",\"input\":\"x\"}"));
      assertEquals(200, Http.send(request.copy().header("Authorization", "Bearer ya29.main").build()).status());
      assertEquals(401, Http.send(request.copy().header("Authorization", "Bearer ya29.other").build()).status());
    }
  }

  @Test
  void fileProcessingGets_keepUploadsProcessingForThatManyGets() {
    try (Simulator simulator = SimulatorMain.parse(new String[] {"--port", "0", "--file-processing-gets", "2"}, print)) {
      String name = Uploads.upload(simulator, "f", "text/plain", new byte[] {1}).get("name").asString();
      assertEquals("PROCESSING", Http.get(simulator, "/v1beta/" + name).json().get("state").asString());
      assertEquals("ACTIVE", Http.get(simulator, "/v1beta/" + name).json().get("state").asString());
    }
  }

  @Test
  void help_printsUsageAndStartsNothing() {
    assertNull(SimulatorMain.parse(new String[] {"--help"}, print));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--drop-stream-after N"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--expire-redirects R"));
  }

  @Test
  void badOptions_sayWhatIsWrong() {
    assertEquals("Unknown option --colour", assertThrows(IllegalArgumentException.class,
        () -> SimulatorMain.parse(new String[] {"--colour", "red"}, print)).getMessage());
    assertEquals("Option --rate-429 needs a rate between 0 and 1 but got 2", assertThrows(IllegalArgumentException.class,
        () -> SimulatorMain.parse(new String[] {"--rate-429", "2"}, print)).getMessage());
    assertEquals("Option --port needs a value", assertThrows(IllegalArgumentException.class,
        () -> SimulatorMain.parse(new String[] {"--port"}, print)).getMessage());
  }
}
