package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.files.GeminiFile;
import dev.interactions4j.files.UploadOptions;
import dev.interactions4j.internal.ServiceSession;
import dev.interactions4j.media.Document;
import dev.interactions4j.media.Image;
import dev.interactions4j.media.Media;
import dev.interactions4j.media.Video;
import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.tools.ToolFunction;
import dev.interactions4j.tools.ToolRun;
import dev.interactions4j.tools.ToolLoop;
import dev.interactions4j.tools.ToolSet;
import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Input;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.WireJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Uploaded files sent by URI: in a request, through the tool loop, and uploaded on their own by the service layer. */
class MediaByUriTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final String WEATHER_PARAMS = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}";

  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();

  @TempDir Path dir;

  @Test
  void anUploadedVideo_isSentAsTypeUriAndMimeType_andTheModelSeesTheFile() throws IOException {
    try (GeminiClient client = Clients.client(SIMULATOR.simulator())) {
      GeminiFile file = client.files().awaitActive(client.files().upload(mp4("lecture.mp4", 4096)), java.time.Duration.ofSeconds(5));

      String answer = client.create(InteractionRequest.model(Clients.MODEL)
          .input(Input.of(Content.text("Summarize the lecture"), Video.of(file).toContent())).build()).text();

      assertTrue(answer.contains("I see a video \"lecture.mp4\" (" + file.name() + ", video/mp4, 4,096 bytes)"), answer);
      JsonNode video = lastCreate().get("input").get(1);
      assertEquals("{\"type\":\"video\",\"uri\":\"" + file.uri() + "\",\"mime_type\":\"video/mp4\"}", WireJson.toJson(video));
    }
  }

  @Test
  void mediaOfAFile_picksTheKindByMimeType() throws IOException {
    try (GeminiClient client = Clients.client(SIMULATOR.simulator())) {
      GeminiFile pdf = client.files().upload(Files.write(dir.resolve("notes.pdf"), "%PDF-1.7".getBytes()));
      GeminiFile mp4 = client.files().upload(mp4("clip.mp4", 100));

      assertTrue(Media.of(pdf) instanceof Document);
      assertTrue(Media.of(mp4) instanceof Video);
      assertEquals(pdf.uri(), Media.of(pdf).uri());
      assertEquals("Document[application/pdf, " + pdf.uri() + "]", Media.of(pdf).toString());
    }
  }

  @Test
  void aFileByUri_goesThroughTheToolLoop_withTheDeclarations() throws IOException {
    try (GeminiClient client = Clients.client(SIMULATOR.simulator())) {
      GeminiFile file = client.files().upload(mp4("trip.mp4", 2048));
      ToolSet tools = ToolSet.of(ToolFunction.of("get_weather", "Current weather in a city", WEATHER_PARAMS,
          arguments -> "{\"temp_c\":21}"));

      ToolRun run = ToolLoop.builder(client, tools).build().run(InteractionRequest.model(Clients.MODEL)
          .input(Input.of(Content.text("What's the weather in Paris?"), Video.of(file).toContent())).build());

      // The scripted model answers about media before it calls functions.
      assertEquals(0, run.rounds());
      assertTrue(run.text().contains("I see a video \"trip.mp4\" (" + file.name()), run.text());
      JsonNode create = lastCreate();
      assertEquals(file.uri(), create.get("input").get(1).get("uri").asString());
      assertEquals("get_weather", create.get("tools").get(0).get("name").asString(), "sent with the declarations");
    }
  }

  @Test
  void theServiceLayer_uploadsMediaPastTheInlineLimit_andKeepsSmallMediaInline() throws IOException {
    Path big = png("big.png", 6000);
    Path small = png("small.png", 500);
    int filesBefore = SIMULATOR.simulator().fileCount();
    try (GeminiClient client = Clients.builder(SIMULATOR.simulator()).inlineMediaLimit(5000).build()) {
      ServiceSession session = ServiceSession.stateless(client, null);

      String answer = session.text(InteractionRequest.model(Clients.MODEL).input("template").build(),
          ServiceSession.input("Compare them", Image.of(big), Image.of(small)));

      JsonNode input = lastCreate().get("input");
      String uri = input.get(1).get("uri").asString();
      assertTrue(uri.startsWith(SIMULATOR.simulator().baseUrl() + "/v1beta/files/"), input.toString());
      assertEquals("image/png", input.get(1).get("mime_type").asString());
      assertFalse(input.get(1).has("data"));
      assertTrue(input.get(2).has("data"), "the small one stays inline");
      assertTrue(answer.contains("\"big.png\""), answer);
      assertEquals(filesBefore + 1, SIMULATOR.simulator().fileCount(), "one upload");
    }
  }

  @Test
  void theSameFileInTwoCalls_isUploadedOnce_untilItIsDeleted() throws IOException {
    Path big = png("again.png", 6000);
    int filesBefore = SIMULATOR.simulator().fileCount();
    try (GeminiClient client = Clients.builder(SIMULATOR.simulator()).inlineMediaLimit(5000).build()) {
      ServiceSession session = ServiceSession.conversation(client, null, null);
      InteractionRequest template = InteractionRequest.model(Clients.MODEL).input("template").build();

      session.text(template, ServiceSession.input("Describe", Image.of(big)));
      String first = lastCreate().get("input").get(1).get("uri").asString();
      session.text(template, ServiceSession.input("And now?", Image.of(big)));

      assertEquals(first, lastCreate().get("input").get(1).get("uri").asString());
      assertEquals(filesBefore + 1, SIMULATOR.simulator().fileCount(), "one upload for two calls");
      client.files().delete(first.substring(first.indexOf("/files/") + 1));
      session.text(template, ServiceSession.input("Once more", Image.of(big)));
      assertFalse(first.equals(lastCreate().get("input").get(1).get("uri").asString()), "uploaded again after the delete");
    }
  }

  @Test
  void anInlineLimitOfZero_uploadsEveryMedia() throws IOException {
    try (GeminiClient client = Clients.builder(SIMULATOR.simulator()).inlineMediaLimit(0).build()) {
      ServiceSession.stateless(client, null).text(InteractionRequest.model(Clients.MODEL).input("t").build(),
          ServiceSession.input("Describe", Image.of(png("tiny.png", 100))));

      assertTrue(lastCreate().get("input").get(1).has("uri"));
      assertThrows(IllegalArgumentException.class, () -> GeminiClient.builder().inlineMediaLimit(-1));
    }
  }

  @Test
  void theDefaultInlineLimit_is15Megabytes() {
    try (GeminiClient client = Clients.client(SIMULATOR.simulator())) {
      assertEquals(15_000_000, client.inlineMediaLimit());
    }
  }

  private Path mp4(String name, int size) throws IOException {
    byte[] bytes = new byte[size];
    System.arraycopy(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, 0, bytes, 0, 12);
    return Files.write(dir.resolve(name), bytes);
  }

  private Path png(String name, int size) throws IOException {
    byte[] bytes = new byte[size];
    System.arraycopy(PNG, 0, bytes, 0, PNG.length);
    return Files.write(dir.resolve(name), bytes);
  }

  private static List<JsonNode> creates() {
    return SIMULATOR.simulator().requests().stream()
        .filter(r -> r.method().equals("POST") && r.pathAndQuery().endsWith("/interactions"))
        .map(RecordedRequest::bodyText).map(WireJson::readTree).toList();
  }

  private static JsonNode lastCreate() {
    List<JsonNode> creates = creates();
    return creates.get(creates.size() - 1);
  }
}
