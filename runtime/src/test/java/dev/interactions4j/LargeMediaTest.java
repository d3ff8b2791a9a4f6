package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Media answers of any size are decoded as they arrive, never held whole as text. */
class LargeMediaTest {
  private static final long MB = 1024 * 1024;
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();

  @TempDir Path dir;

  @Test
  void aSmallImage_staysInMemory() {
    Content.Image image = image("a poster of a lighthouse");

    assertFalse(image.data().isFile());
    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(image.data().bytes(), 8));
  }

  @Test
  void aLargeImage_isDecodedToAFileAndIsStillAValidPng() throws IOException {
    Content.Image image = image("a poster of a lighthouse, 3 MB");

    assertTrue(image.data().isFile(), "spilled to a file");
    assertEquals(3 * MB, image.data().size());
    try (InputStream in = image.data().openStream()) {
      assertArrayEquals(PNG_SIGNATURE, in.readNBytes(8));
    }
    Path saved = image.data().saveTo(dir.resolve("poster.png"));
    assertEquals(64, ImageIO.read(saved.toFile()).getWidth(), "the padding chunk is skipped by decoders");
  }

  @Test
  void aFiftyMegabyteImage_isStreamedByAClientWhoseHeapCannotHoldIt() throws Exception {
    Path target = dir.resolve("huge.png");
    Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx48m", "-cp", System.getProperty("java.class.path"), LargeAnswerProbe.class.getName(),
        SIMULATOR.simulator().baseUrl(), "a poster of a lighthouse, 50 MB", target.toString())
        .redirectErrorStream(true).start();
    assertTrue(probe.waitFor(120, TimeUnit.SECONDS), "the probe finished");
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(0, probe.exitValue(), output);
    assertTrue(output.contains("saved " + 50 * MB + " bytes; max heap"), output);
    assertEquals(50 * MB, Files.size(target));
    assertNotNull(ImageIO.read(target.toFile()), "a valid PNG");
  }

  private Content.Image image(String prompt) {
    try (GeminiClient client = Clients.client(SIMULATOR.simulator())) {
      Interaction answer = client.create(InteractionRequest.model("gemini-2.5-flash-image").input(prompt)
          .responseModalities("text", "image").build());
      return answer.outputs(Content.Image.class).get(0);
    }
  }
}
