package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.files.UploadOptions;
import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.EnvironmentSetting;
import dev.interactions4j.wire.InteractionRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Files uploaded into a remote environment, with the Files API's resumable protocol, over real HTTP. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EnvironmentUploadTest {
  private static final int CHUNK = 256 * 1024;

  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();

  private final GeminiClient client = Clients.builder(SIMULATOR.simulator())
      .retryPolicy(new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(50), 2, 0, Duration.ofSeconds(20))).build();
  private String environment;

  @BeforeEach
  void newEnvironment() {
    environment = client.create(InteractionRequest.model(Clients.MODEL).input("Hello")
        .environment(EnvironmentSetting.remote()).build()).environmentId();
  }

  @Test
  void aFile_isUploadedInChunks_listed_andDownloadsTheSame(@TempDir Path folder) throws Exception {
    Path data = bytes(folder.resolve("data.csv"), 3 * CHUNK + 123);
    List<Long> progress = new CopyOnWriteArrayList<>();

    EnvironmentFiles.Entry entry = client.environmentFiles().upload(environment, "inputs/data.csv", data, false,
        UploadOptions.defaults().withChunkSize(CHUNK).withMimeType("text/csv").withListener((sent, total) -> progress.add(sent)));

    assertEquals("inputs/data.csv", entry.path());
    assertEquals(Files.size(data), entry.sizeBytes());
    assertEquals("text/csv", entry.mimeType());
    assertEquals(List.of(0L, (long) CHUNK, 2L * CHUNK, 3L * CHUNK, Files.size(data)), progress);
    assertTrue(client.environmentFiles().list(environment, "inputs", false).stream()
        .anyMatch(file -> file.path().equals("inputs/data.csv")));
    assertArrayEquals(Files.readAllBytes(data), client.environmentFiles().download(environment, "inputs/data.csv"));

    List<RecordedRequest> uploads = SIMULATOR.simulator().requests().stream()
        .filter(request -> request.pathAndQuery().startsWith("/upload/")).toList();
    assertEquals("PUT", uploads.get(0).method());
    assertTrue(uploads.get(0).pathAndQuery().startsWith("/upload/v1beta/environments/" + environment
        + "/files/inputs/data.csv?overwrite=false"), uploads.get(0).pathAndQuery());
    assertEquals(5, uploads.size(), "a start and four chunks");
  }

  @Test
  void anUploadCutMidChunk_resumesFromWhatTheServerHas(@TempDir Path folder) throws Exception {
    Path data = bytes(folder.resolve("model.bin"), 2 * CHUNK + 10);
    SIMULATOR.simulator().faults().cutUploadAfter(CHUNK / 2, 1);

    client.environmentFiles().upload(environment, "model.bin", data, false, UploadOptions.defaults().withChunkSize(CHUNK));

    assertArrayEquals(Files.readAllBytes(data), client.environmentFiles().download(environment, "model.bin"));
    assertEquals(1, SIMULATOR.simulator().requests().stream()
        .filter(request -> List.of("query").equals(request.headers().get("x-goog-upload-command"))).count(), "one query after the cut");
  }

  @Test
  void anExistingFile_isReplacedOnlyWithOverwrite(@TempDir Path folder) throws Exception {
    Path first = Files.writeString(folder.resolve("a.txt"), "first");
    Path second = Files.writeString(folder.resolve("b.txt"), "second");
    client.environmentFiles().upload(environment, "notes.txt", first, false);

    GeminiApiException refused = assertThrows(GeminiApiException.class,
        () -> client.environmentFiles().upload(environment, "notes.txt", second, false));
    assertEquals(409, refused.httpStatus());
    assertArrayEquals("first".getBytes(), client.environmentFiles().download(environment, "notes.txt"));

    client.environmentFiles().upload(environment, "notes.txt", second, true);
    assertArrayEquals("second".getBytes(), client.environmentFiles().download(environment, "notes.txt"));
  }

  @Test
  void aPathIsRequired(@TempDir Path folder) throws Exception {
    Path file = Files.writeString(folder.resolve("a.txt"), "x");
    assertThrows(IllegalArgumentException.class, () -> client.environmentFiles().upload(environment, "/", file, false));
  }

  private static Path bytes(Path path, int size) throws Exception {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return Files.write(path, bytes);
  }
}
