package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.files.FileSource;
import dev.interactions4j.files.FileState;
import dev.interactions4j.files.GeminiFile;
import dev.interactions4j.files.UploadOptions;
import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.SimulatorExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Uploads over real HTTP with the resumable protocol: chunks, progress, resumes after a cut, the key kept out. */
class FileUploadTest {
  private static final int KIB = 1024;
  private static final UploadOptions SMALL_CHUNKS = UploadOptions.defaults().withChunkSize(256 * KIB);

  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();

  @TempDir Path dir;

  @Test
  void aFile_isSentInChunksAtIncreasingOffsets_andTheFileDescribesIt() throws Exception {
    Path video = file("clip.mp4", 1000 * KIB);
    List<long[]> progress = new ArrayList<>();

    GeminiFile file;
    try (GeminiClient client = Clients.client(SIMULATOR.simulator())) {
      file = client.files().upload(video, SMALL_CHUNKS.withListener((sent, total) -> progress.add(new long[] {sent, total})));
    }

    assertTrue(file.name().startsWith("files/"), file.name());
    assertEquals("clip.mp4", file.displayName());
    assertEquals("video/mp4", file.mimeType());
    assertEquals(1000 * KIB, file.sizeBytes());
    assertEquals(sha256(video), file.sha256Hash());
    assertEquals(FileSource.UPLOADED, file.source());
    assertEquals(FileState.PROCESSING, file.state());
    assertEquals(SIMULATOR.simulator().baseUrl() + "/v1beta/files/" + file.id(), file.uri());
    assertTrue(file.expirationTime().isAfter(file.createTime()), file.toString());
    assertEquals(List.of(0L, 256L * KIB, 512L * KIB, 768L * KIB, 1000L * KIB),
        progress.stream().map(p -> p[0]).toList(), "one event at the start, one per chunk");
    assertTrue(progress.stream().allMatch(p -> p[1] == 1000 * KIB));

    List<RecordedRequest> chunks = uploads("upload");
    assertEquals(List.of("0", "262144", "524288", "786432"), chunks.stream().map(r -> r.header("X-Goog-Upload-Offset")).toList());
    assertEquals(List.of("upload", "upload", "upload", "upload, finalize"),
        chunks.stream().map(r -> r.header("X-Goog-Upload-Command")).toList());
  }

  @Test
  void theStart_carriesSizeTypeAndMetadata_andOnlyItCarriesTheKey() throws Exception {
    Path pdf = file("notes.pdf", 3 * KIB);
    try (GeminiClient client = Clients.client(SIMULATOR.simulator())) {
      client.files().upload(pdf, UploadOptions.defaults().withDisplayName("Lecture notes").withName("lecture-notes"));
    }

    RecordedRequest start = uploads("start").get(0);
    assertEquals("/upload/v1beta/files", start.pathAndQuery());
    assertEquals("resumable", start.header("X-Goog-Upload-Protocol"));
    assertEquals("3072", start.header("X-Goog-Upload-Header-Content-Length"));
    assertEquals("application/pdf", start.header("X-Goog-Upload-Header-Content-Type"));
    assertEquals("{\"file\":{\"name\":\"files/lecture-notes\",\"displayName\":\"Lecture notes\",\"mimeType\":\"application/pdf\","
        + "\"sizeBytes\":\"3072\"}}", start.bodyText());
    assertTrue(start.header("x-goog-api-key") != null, "the start is authenticated");
    for (RecordedRequest chunk : uploads("upload")) {
      assertNull(chunk.header("x-goog-api-key"), "the session URL is the upload's credential");
      assertFalse(chunk.pathAndQuery().contains(Clients.KEY));
    }
  }

  @Test
  void aChunkCutMidway_isResumedFromWhatTheServerHas_notRestarted() throws Exception {
    Path audio = file("talk.wav", 1000 * KIB);
    SIMULATOR.simulator().faults().cutUploadAfter(100_000);

    GeminiFile file;
    try (GeminiClient client = Clients.client(SIMULATOR.simulator())) {
      file = client.files().upload(audio, SMALL_CHUNKS.withMimeType("audio/wav"));
    }

    assertEquals(sha256(audio), file.sha256Hash(), "every byte arrived once, in order");
    assertEquals(1, uploads("query").size());
    List<String> offsets = uploads("upload").stream().map(r -> r.header("X-Goog-Upload-Offset")).toList();
    assertEquals(List.of("0", "100000", "362144", "624288", "886432"), offsets, "resumed at the byte the server had");
  }

  @Test
  void aStream_isResumedWithinTheChunkInHand() throws Exception {
    byte[] bytes = random(700 * KIB);
    SIMULATOR.simulator().faults().cutUploadAfter(300 * KIB, 2);

    GeminiFile file;
    try (GeminiClient client = Clients.client(SIMULATOR.simulator())) {
      file = client.files().upload(new ByteArrayInputStream(bytes), bytes.length,
          SMALL_CHUNKS.withChunkSize(512 * KIB).withMimeType("application/pdf"));
    }

    assertEquals(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes)), file.sha256Hash());
    assertEquals(700 * KIB, file.sizeBytes());
    assertEquals(2, uploads("query").size());
  }

  @Test
  void anEmptyFile_isOneFinalizingChunk() throws Exception {
    Path empty = file("empty.txt", 0);
    try (GeminiClient client = Clients.client(SIMULATOR.simulator())) {
      GeminiFile file = client.files().upload(empty, UploadOptions.defaults().withMimeType("text/plain"));
      assertEquals(0, file.sizeBytes());
    }
    assertEquals(List.of("upload, finalize"), uploads("upload").stream().map(r -> r.header("X-Goog-Upload-Command")).toList());
  }

  @Test
  void aStreamShorterThanPromised_failsTyped() {
    try (GeminiClient client = Clients.client(SIMULATOR.simulator())) {
      GeminiException failure = assertThrows(GeminiException.class, () -> client.files().upload(
          new ByteArrayInputStream(new byte[1000]), 2000, UploadOptions.defaults().withMimeType("text/plain")));
      assertEquals("The stream ended after 1000 bytes of the 2000 promised", failure.getMessage());
    }
  }

  @Test
  void cutsWithoutEnd_failAfterTheRetryPolicy_withoutTheSessionUrl() throws Exception {
    Path video = file("clip.mp4", 512 * KIB);
    SIMULATOR.simulator().faults().cutUploadAfter(0, 100);

    try (GeminiClient client = Clients.client(SIMULATOR.simulator())) {
      GeminiTransportException failure = assertThrows(GeminiTransportException.class,
          () -> client.files().upload(video, SMALL_CHUNKS));
      assertTrue(failure.getMessage().startsWith("Upload failed after 4 attempts in a row without progress"), failure.getMessage());
      assertFalse(failure.getMessage().contains("upload_id"), failure.getMessage());
    }
  }

  @Test
  void chunkSizes_areMultiplesOf256KiB() {
    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
        () -> UploadOptions.defaults().withChunkSize(1_000_000));
    assertEquals("The chunk size must be a positive multiple of 256 KiB (262144 bytes) but is 1000000", failure.getMessage());
    assertThrows(IllegalArgumentException.class, () -> UploadOptions.defaults().withName("-bad-"));
  }

  private List<RecordedRequest> uploads(String command) {
    return SIMULATOR.simulator().requests().stream()
        .filter(r -> r.pathAndQuery().startsWith("/upload/"))
        .filter(r -> String.valueOf(r.header("X-Goog-Upload-Command")).startsWith(command)
            || command.equals("upload") && "finalize".equals(r.header("X-Goog-Upload-Command")))
        .toList();
  }

  private Path file(String name, int size) throws IOException {
    return Files.write(dir.resolve(name), random(size));
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(Path file) throws Exception {
    return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
