package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.media.Image;
import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Input;
import dev.interactions4j.wire.InteractionRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A large inline request is written once to disk and read from there by every attempt, retries included. */
class InlineBodyFromDiskTest {
  private static final int MIB = 1024 * 1024;

  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();

  @TempDir Path dir;

  @Test
  void aLargeInlineImage_isSpooledToAFile_andEachAttemptSendsItWhole() throws IOException {
    InteractionRequest request = request(png("photo.png", 5 * MIB));
    try (RequestBody body = RequestBody.of(request)) {
      assertTrue(body.spooled(), "5 MiB of media is past the 4 MiB bound");
    }
    SIMULATOR.simulator().faults().failNext(2, 503);

    String answer;
    try (GeminiClient client = Clients.client(SIMULATOR.simulator())) {
      answer = client.create(request).text();
    }

    assertTrue(answer.contains("I see an image (image/png, 5,242,880 bytes)"), answer);
    List<RecordedRequest> attempts = SIMULATOR.simulator().requests();
    assertEquals(3, attempts.size(), "two refused, the third answered");
    int expected = attempts.get(2).body().length;
    assertTrue(expected > 5 * MIB * 4 / 3, "the base64 of the whole image: " + expected);
    for (RecordedRequest attempt : attempts) {
      assertEquals(expected, attempt.body().length, "every attempt carries the whole body");
    }
  }

  @Test
  void aStreamedRequest_isSpooledToo() throws IOException {
    try (GeminiClient client = Clients.client(SIMULATOR.simulator());
        InteractionStream stream = client.stream(request(png("photo.png", 5 * MIB)))) {
      assertTrue(stream.result().text().contains("5,242,880 bytes"), stream.result().text());
    }
  }

  @Test
  void aSmallRequest_staysInMemory() throws IOException {
    try (RequestBody body = RequestBody.of(request(png("small.png", 1000)))) {
      assertFalse(body.spooled());
    }
  }

  @Test
  void theSpooledFile_isDeletedAfterTheCall() throws IOException {
    try (RequestBody body = RequestBody.of(request(png("photo.png", 5 * MIB)))) {
      assertTrue(body.spooled());
      body.close();
      assertEquals(null, body.bytes());
    }
  }

  private static InteractionRequest request(Path image) {
    return InteractionRequest.model(Clients.MODEL).input(Input.of(Content.text("What is this?"), Image.of(image).toContent()))
        .build();
  }

  private Path png(String name, int size) throws IOException {
    byte[] bytes = new byte[size];
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, bytes, 0, 8);
    return Files.write(dir.resolve(name), bytes);
  }
}
