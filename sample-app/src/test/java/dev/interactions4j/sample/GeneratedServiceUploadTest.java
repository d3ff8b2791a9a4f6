package dev.interactions4j.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.GeminiClient;
import dev.interactions4j.files.GeminiFile;
import dev.interactions4j.media.Image;
import dev.interactions4j.media.Media;
import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.wire.WireJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The processor-generated travel agent (with its tools) sends uploaded files by URI and uploads large media itself. */
class GeneratedServiceUploadTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir Path dir;

  @Test
  void aGeneratedService_uploadsMediaAboveTheInlineLimit_andSendsItByUri() throws Exception {
    Path photo = png("harbour.png", 20_000);
    try (Simulator simulator = Simulator.start();
        GeminiClient client = GeminiClient.builder().baseUrl(simulator.baseUrl()).inlineMediaLimit(10_000).build()) {
      String answer = GeminiTravelAgent.create(client, new LocalTravelTools()).describe("Which harbour?", Image.of(photo));

      assertEquals(1, simulator.fileCount());
      assertTrue(answer.contains("I see an image \"harbour.png\" (files/"), answer);
      JsonNode image = create(simulator).get("input").get(1);
      assertTrue(image.get("uri").asString().startsWith(simulator.baseUrl() + "/v1beta/files/"), image.toString());
      assertFalse(image.has("data"));
      assertEquals("function", create(simulator).get("tools").get(0).get("type").asString(), "the agent's tools went along");
    }
  }

  @Test
  void aGeneratedService_takesAnUploadedFile() throws Exception {
    try (Simulator simulator = Simulator.start(); GeminiClient client = GeminiClient.builder().baseUrl(simulator.baseUrl()).build()) {
      GeminiFile file = client.files().upload(png("poster.png", 500));

      String answer = GeminiTravelAgent.create(client, new LocalTravelTools()).describe("What is it?", Media.of(file));

      assertTrue(answer.contains("I see an image \"poster.png\" (" + file.name() + ", image/png, 500 bytes)"), answer);
      assertEquals(file.uri(), create(simulator).get("input").get(1).get("uri").asString());
    }
  }

  private static JsonNode create(Simulator simulator) {
    RecordedRequest create = simulator.requests().stream().filter(r -> r.pathAndQuery().endsWith("/interactions")).findFirst()
        .orElseThrow();
    return WireJson.readTree(create.bodyText());
  }

  private Path png(String name, int size) throws Exception {
    byte[] bytes = new byte[size];
    System.arraycopy(PNG, 0, bytes, 0, PNG.length);
    return Files.write(dir.resolve(name), bytes);
  }
}
