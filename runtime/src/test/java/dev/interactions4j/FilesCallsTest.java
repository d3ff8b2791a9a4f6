package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.files.FileFailedException;
import dev.interactions4j.files.FileSource;
import dev.interactions4j.files.FileState;
import dev.interactions4j.files.GeminiFile;
import dev.interactions4j.files.UploadOptions;
import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.Simulator;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every Files API call over real HTTP: get, list (paged and lazy), delete, await ACTIVE, register. */
class FilesCallsTest {
  private static final String TOKEN = "ya29.files-token-never-shown";

  private final Simulator simulator = Simulator.builder().bearerToken(TOKEN).start();
  private final GeminiClient client = Clients.client(simulator);

  @AfterEach
  void close() {
    client.close();
    simulator.close();
  }

  @Test
  void get_answersTheFileAsUploaded_thenActive() {
    GeminiFile uploaded = upload("a.txt");

    GeminiFile got = client.files().get(uploaded.name());

    assertEquals(uploaded.name(), got.name());
    assertEquals(uploaded.sha256Hash(), got.sha256Hash());
    assertEquals(5, got.sizeBytes());
    assertEquals("text/plain", got.mimeType());
    assertEquals(FileState.ACTIVE, got.state());
    assertEquals(got, client.files().get(uploaded.id()), "the id alone names it too");
    assertEquals("GET /v1beta/files/" + uploaded.id(), last());
  }

  @Test
  void list_pagesThroughEveryFile_fetchingPagesOnlyAsTheIterationNeedsThem() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      names.add(upload("f" + i + ".txt").name());
    }
    GeminiFiles.Page first = client.files().list(3, null);
    assertEquals(3, first.files().size());
    assertEquals("GET /v1beta/files?pageSize=3", last());
    GeminiFiles.Page second = client.files().list(3, first.nextPageToken());
    GeminiFiles.Page third = client.files().list(3, second.nextPageToken());
    assertEquals(1, third.files().size());
    assertEquals(null, third.nextPageToken());

    simulator.clearRequests();
    Iterator<GeminiFile> lazy = client.files().list().iterator();
    assertEquals(0, simulator.requests().size(), "nothing fetched before the iteration asks");
    List<String> listed = new ArrayList<>();
    lazy.forEachRemaining(file -> listed.add(file.name()));
    assertEquals(names.stream().sorted().toList(), listed.stream().sorted().toList());
    assertEquals(List.of("GET /v1beta/files?pageSize=100"), simulator.requests().stream()
        .map(r -> r.method() + " " + r.pathAndQuery()).toList());
  }

  @Test
  void list_ofNoFiles_isEmpty() {
    assertFalse(client.files().list().iterator().hasNext());
    assertThrows(IllegalArgumentException.class, () -> client.files().list(101, null));
  }

  @Test
  void delete_removesTheFile_andGetThenAnswersPermissionDenied() {
    GeminiFile file = upload("gone.txt");

    client.files().delete(file.name());

    assertEquals("DELETE /v1beta/files/" + file.id(), last());
    // The API answers a missing file as one of another project: 403, not 404.
    GeminiApiException missing = assertThrows(GeminiApiException.class, () -> client.files().get(file.name()));
    assertEquals(403, missing.httpStatus(), missing.getMessage());
    assertEquals("PERMISSION_DENIED", missing.errorStatus().orElseThrow());
    assertEquals(0, simulator.fileCount());
  }

  @Test
  void awaitActive_pollsUntilTheFileIsActive() {
    simulator.fileProcessing(Duration.ZERO, 3);
    GeminiFile file = upload("video.txt");
    assertEquals(FileState.PROCESSING, file.state());

    GeminiFile active = client.files().awaitActive(file, Duration.ofSeconds(10));

    assertTrue(active.isActive());
    assertEquals(3, simulator.requests().stream().filter(r -> r.method().equals("GET")).count(),
        "polled until the simulator's third look found it ACTIVE");
  }

  @Test
  void awaitActive_ofAFailedFile_throwsWithTheFilesError() {
    simulator.faults().failFileProcessing("Unsupported codec");
    GeminiFile file = upload("broken.txt");

    FileFailedException failure = assertThrows(FileFailedException.class,
        () -> client.files().awaitActive(file, Duration.ofSeconds(10)));

    assertEquals(FileState.FAILED, failure.file().state());
    assertEquals("Unsupported codec", failure.file().error().message());
    assertEquals(3, failure.file().error().code());
    assertTrue(failure.getMessage().contains(file.name()) && failure.getMessage().contains("Unsupported codec"), failure.getMessage());
  }

  @Test
  void awaitActive_pastItsDeadline_isATimeout() {
    simulator.fileProcessing(Duration.ofHours(1), 0);
    GeminiFile file = upload("slow.txt");

    GeminiTimeoutException timeout = assertThrows(GeminiTimeoutException.class,
        () -> client.files().awaitActive(file, Duration.ofMillis(200)));
    assertTrue(timeout.getMessage().contains("was still PROCESSING after PT0.2S"), timeout.getMessage());
  }

  @Test
  void register_withBearerCredentials_answersRegisteredFiles() {
    try (GeminiClient bearer = GeminiClient.builder().baseUrl(simulator.baseUrl()).credentials(Credentials.ofToken(TOKEN)).build()) {
      List<GeminiFile> files = bearer.files().register(List.of("gs://lectures/week1.mp4", "gs://lectures/notes.pdf"));

      assertEquals(2, files.size());
      assertEquals(FileSource.REGISTERED, files.get(0).source());
      assertEquals("video/mp4", files.get(0).mimeType());
      RecordedRequest request = simulator.requests().get(simulator.requests().size() - 1);
      assertEquals("/v1beta/files:register", request.pathAndQuery());
      assertEquals("{\"uris\":[\"gs://lectures/week1.mp4\",\"gs://lectures/notes.pdf\"]}", request.bodyText());
      assertEquals("Bearer <redacted>", request.header("Authorization"));
    }
  }

  @Test
  void register_withAnApiKey_isRefusedBeforeAnyCall() {
    GeminiException failure = assertThrows(GeminiException.class, () -> client.files().register(List.of("gs://b/o")));
    assertTrue(failure.getMessage().startsWith("files:register needs Bearer credentials"), failure.getMessage());
    assertEquals(0, simulator.requests().size());
  }

  @Test
  void theAgentPlatform_hasNoFilesApi() {
    try (GeminiClient platform = GeminiClient.builder().agentPlatform("p", "us-central1").baseUrl(simulator.baseUrl())
        .credentials(Credentials.ofToken(TOKEN)).build()) {
      GeminiException failure = assertThrows(GeminiException.class, () -> platform.files().get("files/x"));
      assertTrue(failure.getMessage().startsWith("The Files API exists on the Gemini API only"), failure.getMessage());
    }
  }

  private GeminiFile upload(String name) {
    return client.files().upload(new ByteArrayInputStream("hello".getBytes()), 5,
        UploadOptions.defaults().withMimeType("text/plain").withDisplayName(name));
  }

  private String last() {
    RecordedRequest request = simulator.requests().get(simulator.requests().size() - 1);
    return request.method() + " " + request.pathAndQuery();
  }
}
