package dev.interactions4j.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.GeminiClient;
import dev.interactions4j.Reply;
import dev.interactions4j.internal.ServiceSession;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.WireJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Media in and out: types read from files and checked, bytes streamed into requests, audio and images back. */
class MediaTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();

  @TempDir Path dir;

  @Test
  void theBytesDecideTheType_notTheName() throws Exception {
    assertEquals("image/jpeg", Image.of(write("photo.png", JPEG)).mimeType());
    assertEquals("image/png", Image.of(write("photo", PNG)).mimeType());
    assertEquals("application/pdf", Document.of(write("paper.bin", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).mimeType());
    assertEquals("audio/wav", Audio.of(write("a.wav", riff("WAVE"))).mimeType());
    assertEquals("video/mp4", Video.of(write("clip", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'})).mimeType());
  }

  @Test
  void withoutTellingBytes_theExtensionDecides() throws Exception {
    assertEquals("text/csv", Document.of(write("table.CSV", "a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII))).mimeType());
  }

  @Test
  void aTypeTheApiRejects_isRefusedWithTheAcceptedList() throws Exception {
    IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class, () -> Image.of(write("doc.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII))));
    assertEquals("application/pdf is not image media the API accepts; use one of [image/png, image/jpeg, image/webp,"
        + " image/heic, image/heif, image/gif]", wrongKind.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Image.of(write("x.bmp", new byte[] {'B', 'M'})));
    assertTrue(unknown.getMessage().startsWith("Cannot tell the MIME type of "), unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Audio.of(new byte[1], "audio/midi"));
    assertThrows(IllegalArgumentException.class, () -> Image.ofUri("not a uri", "image/png"));
  }

  @Test
  void toString_neverShowsTheBytes() {
    assertEquals("Image[image/png, 12 bytes]", Image.of(PNG, "IMAGE/PNG").toString());
    assertEquals("Document[application/pdf, https://files.example/1]", Document.ofUri("https://files.example/1", "application/pdf").toString());
  }

  @Test
  void aFileIsBase64EncodedIntoTheRequest_andTheModelSeesEveryByte() throws Exception {
    byte[] big = Arrays.copyOf(PNG, 3 * 1024 * 1024 + 7);
    Path file = write("big.png", big);
    try (GeminiClient client = client()) {
      String answer = ServiceSession.stateless(client, null).text(InteractionRequest.model("gemini-3-flash-preview").build(),
          ServiceSession.input("What is this?", Image.of(file)));

      assertTrue(answer.startsWith("I see an image (image/png, 3,145,735 bytes)"), answer);
      JsonNode sent = WireJson.readTree(SIMULATOR.simulator().requests().get(SIMULATOR.simulator().requests().size() - 1).bodyText());
      assertArrayEquals(big, Base64.getDecoder().decode(sent.get("input").get(1).get("data").asString()));
    }
  }

  @Test
  void audioOutput_isAWavWithItsFormat() throws Exception {
    try (GeminiClient client = client()) {
      Reply<GeneratedAudio> reply = ServiceSession.stateless(client, null)
          .audio(InteractionRequest.model("gemini-2.5-flash-preview-tts").build(), ServiceSession.input("Welcome aboard."));

      GeneratedAudio audio = reply.value();
      assertEquals("audio/wav", audio.mimeType());
      assertEquals(24_000, audio.sampleRate());
      byte[] wav = Files.readAllBytes(audio.saveTo(dir.resolve("welcome.wav")));
      assertEquals("RIFF", new String(wav, 0, 4, StandardCharsets.US_ASCII));
      assertEquals("WAVE", new String(wav, 8, 4, StandardCharsets.US_ASCII));
      assertEquals(reply.id(), audio.interactionId());
    }
  }

  @Test
  void anAnswerWithoutTheMedia_isATypedError() {
    try (GeminiClient client = client()) {
      var answer = client.create(InteractionRequest.model("gemini-3-flash-preview").input("Just text, please.").build());

      MissingMediaException failure = assertThrows(MissingMediaException.class, () -> GeneratedImage.from(answer));
      assertEquals(answer.id(), failure.interactionId().orElseThrow());
      assertFalse(failure.answerText().isEmpty());
    }
  }

  @Test
  void aGeneratedImage_goesBackInAsInput() {
    try (GeminiClient client = client()) {
      GeneratedImage poster = ServiceSession.stateless(client, null)
          .image(InteractionRequest.model("gemini-2.5-flash-image").build(), ServiceSession.input("a kite")).value();

      Content content = poster.toImage().toContent();
      assertTrue(content instanceof Content.Image image && image.data().equals(poster.data()), content.toString());
    }
  }

  private GeminiClient client() {
    return GeminiClient.builder().apiKey("k").baseUrl(SIMULATOR.simulator().baseUrl()).build();
  }

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] riff(String form) {
    byte[] bytes = new byte[16];
    System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
    System.arraycopy(form.getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 4);
    return bytes;
  }
}
