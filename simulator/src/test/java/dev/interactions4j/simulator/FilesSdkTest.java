package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.genai.Client;
import com.google.genai.Pager;
import com.google.genai.errors.ApiException;
import com.google.genai.gaos.models.interactions.CreateModelInteraction;
import com.google.genai.gaos.models.interactions.Interaction;
import com.google.genai.gaos.models.interactions.InteractionsInput;
import com.google.genai.gaos.models.interactions.TextContent;
import com.google.genai.gaos.models.interactions.VideoContent;
import com.google.genai.gaos.models.interactions.VideoContentMimeType;
import com.google.genai.gaos.models.operations.CreateInteractionRequestBody;
import com.google.genai.types.File;
import com.google.genai.types.FileSource;
import com.google.genai.types.FileState;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.ListFilesConfig;
import com.google.genai.types.RegisterFilesResponse;
import com.google.genai.types.UploadFileConfig;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Google's SDK as the oracle of the Files API: its own upload, get, list, delete and register against the simulator. */
@Timeout(60)
@ExtendWith(SimulatorExtension.class)
class FilesSdkTest {
  private static Client sdk(Simulator simulator) {
    return Client.builder().apiKey("k").httpOptions(HttpOptions.builder().baseUrl(simulator.baseUrl()).build()).build();
  }

  private static Client sdk(Simulator simulator, String version) {
    return Client.builder().apiKey("k")
        .httpOptions(HttpOptions.builder().baseUrl(simulator.baseUrl()).apiVersion(version).build()).build();
  }

  @Test
  void theSdkOnV1beta_uploadsAndGetsUnderV1beta(Simulator simulator) {
    try (Client client = sdk(simulator, "v1beta")) {
      File file = client.files.upload(new byte[] {7}, UploadFileConfig.builder().mimeType("text/plain").build());
      assertEquals(file.name(), client.files.get(file.name().orElseThrow(), null).name());
    }
    assertEquals(List.of("v1beta"), simulator.requests().stream().map(RecordedRequest::apiVersion).distinct().toList());
    assertEquals("/upload/v1beta/files", simulator.requests().get(0).pathAndQuery());
  }

  @Test
  void theSdksUpload_ofTwoChunks_isTheFileTheSimulatorKeeps(Simulator simulator) {
    byte[] bytes = Uploads.bytes(9 * 1024 * 1024, 11);
    try (Client client = sdk(simulator)) {
      File file = client.files.upload(bytes, UploadFileConfig.builder().mimeType("video/mp4").displayName("Lecture").build());

      String id = file.name().orElseThrow().substring("files/".length());
      assertEquals("Lecture", file.displayName().orElseThrow());
      assertEquals("video/mp4", file.mimeType().orElseThrow());
      assertEquals(bytes.length, file.sizeBytes().orElseThrow());
      assertEquals(Uploads.sha256(bytes), file.sha256Hash().orElseThrow());
      assertEquals(simulator.baseUrl() + "/v1beta/files/" + id, file.uri().orElseThrow());
      assertEquals(FileState.Known.PROCESSING, file.state().orElseThrow().knownEnum());
      assertEquals(FileSource.Known.UPLOADED, file.source().orElseThrow().knownEnum());
      assertTrue(file.expirationTime().orElseThrow().isAfter(file.createTime().orElseThrow()));
    }
    List<RecordedRequest> chunks = simulator.requests().stream()
        .filter(request -> request.pathAndQuery().contains("upload_id=")).toList();
    assertEquals(List.of("upload", "upload, finalize"), chunks.stream().map(r -> r.header("X-Goog-Upload-Command")).toList());
    assertEquals(List.of("0", Integer.toString(8 * 1024 * 1024)), chunks.stream().map(r -> r.header("X-Goog-Upload-Offset")).toList());
    // Google's Java SDK 2.0.0 defaults to v1 and uploads under its version (its Python and JS
    // SDKs upload under v1beta whatever the version): the simulator takes both.
    RecordedRequest start = simulator.requests().get(0);
    assertEquals("/upload/v1/files", start.pathAndQuery());
    assertEquals("v1", start.apiVersion());
  }

  @Test
  void theSdksInteraction_namingAnUploadedFileByUri_isAnsweredWithWhatTheFileIs(Simulator simulator) {
    try (Client client = sdk(simulator, "v1beta")) {
      File file = client.files.upload(new byte[2048], UploadFileConfig.builder().mimeType("video/mp4").displayName("Lecture").build());

      Interaction answer = client.interactions.create(CreateInteractionRequestBody.of(CreateModelInteraction.builder()
          .model("gemini-3-flash-preview").input(InteractionsInput.ofContent(List.of(new TextContent("Summarize"),
              VideoContent.builder().uri(file.uri().orElseThrow()).mimeType(VideoContentMimeType.VIDEO_MP4).build())))
          .build())).interaction().orElseThrow();

      assertEquals("I see a video \"Lecture\" (" + file.name().orElseThrow() + ", video/mp4, 2,048 bytes). You asked: \"Summarize\"",
          answer.outputText().orElseThrow());
    }
    RecordedRequest create = simulator.requests().stream().filter(r -> r.pathAndQuery().equals("/v1beta/interactions"))
        .findFirst().orElseThrow();
    assertTrue(create.bodyText().contains("\"type\":\"video\""), create.bodyText());
  }

  @Test
  void theSdksUploadOfAPath_probesItsType_andGetFindsItActive(Simulator simulator, @TempDir Path directory) throws Exception {
    Path notes = directory.resolve("notes.txt");
    Files.writeString(notes, "remember the milk\n");
    try (Client client = sdk(simulator)) {
      File uploaded = client.files.upload(notes.toString(), UploadFileConfig.builder().mimeType("text/plain").build());

      File got = client.files.get(uploaded.name().orElseThrow(), null);

      assertEquals(uploaded.name(), got.name());
      assertEquals("text/plain", got.mimeType().orElseThrow());
      assertEquals(18L, got.sizeBytes().orElseThrow());
      assertEquals(FileState.Known.ACTIVE, got.state().orElseThrow().knownEnum());
    }
  }

  @Test
  void theSdksUploadOfAStream_arrivesWhole(Simulator simulator) {
    byte[] bytes = "a stream of known size".getBytes(StandardCharsets.UTF_8);
    try (Client client = sdk(simulator)) {
      File file = client.files.upload(new ByteArrayInputStream(bytes), bytes.length,
          UploadFileConfig.builder().mimeType("text/plain").name("files/from-a-stream").build());
      assertEquals("files/from-a-stream", file.name().orElseThrow());
      assertEquals(Uploads.sha256(bytes), client.files.get("from-a-stream", null).sha256Hash().orElseThrow());
    }
  }

  @Test
  void theSdksList_pagesThroughEveryFile(Simulator simulator) {
    try (Client client = sdk(simulator)) {
      List<String> uploaded = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        uploaded.add(client.files.upload(new byte[] {(byte) i}, UploadFileConfig.builder().mimeType("text/plain").build())
            .name().orElseThrow());
      }

      Pager<File> pager = client.files.list(ListFilesConfig.builder().pageSize(2).build());
      assertEquals(2, pager.page().size());
      List<String> listed = new ArrayList<>();
      pager.forEach(file -> listed.add(file.name().orElseThrow()));

      List<String> newestFirst = new ArrayList<>(uploaded);
      java.util.Collections.reverse(newestFirst);
      assertEquals(newestFirst, listed.subList(0, uploaded.size()), "newest first");
      assertEquals(simulator.fileCount(), listed.size(), "every file, those of the other tests too");
    }
    assertTrue(simulator.requests().stream().anyMatch(request -> request.pathAndQuery().contains("pageToken=")),
        "the pager asked for a second page");
  }

  @Test
  void theSdksDelete_removesTheFile_andGetThenFails(Simulator simulator) {
    try (Client client = sdk(simulator)) {
      String name = client.files.upload(new byte[] {1}, UploadFileConfig.builder().mimeType("text/plain").build()).name().orElseThrow();

      client.files.delete(name, null);

      ApiException missing = assertThrows(ApiException.class, () -> client.files.get(name, null));
      assertEquals(403, missing.code());
      assertEquals("PERMISSION_DENIED", missing.status());
    }
  }

  @Test
  void theSdksRegister_ofCloudStorageObjects_takesBearerCredentials(Simulator simulator) throws Exception {
    GoogleCredentials credentials = ServiceAccountCredentials.fromStream(new ByteArrayInputStream(
        simulator.newServiceAccountKeyFile("p").getBytes(StandardCharsets.UTF_8)))
        .createScoped(List.of("https://www.googleapis.com/auth/cloud-platform", "https://www.googleapis.com/auth/devstorage.read_only"));
    try (Client client = sdk(simulator)) {
      RegisterFilesResponse registered = client.files.registerFiles(credentials, List.of("gs://bucket/talks/keynote.mp4"), null);

      File file = registered.files().orElseThrow().get(0);
      assertEquals(FileSource.Known.REGISTERED, file.source().orElseThrow().knownEnum());
      assertEquals("video/mp4", file.mimeType().orElseThrow());
      assertEquals(1, simulator.tokensIssued());
      RecordedRequest request = simulator.requests().stream()
          .filter(r -> r.pathAndQuery().equals("/v1/files:register")).findFirst().orElseThrow();
      assertEquals("Bearer <redacted>", request.header("Authorization"));
    }
    Http.Answer forged = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(simulator.baseUrl() + "/v1beta/files:register"))
        .header("Authorization", "Bearer not-issued-here").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"uris\":[\"gs://b/a.pdf\"]}")).build());
    assertEquals(401, forged.status(), "once a service account is trusted, only issued tokens pass");
    Http.Answer withKey = Http.post(simulator, "/v1beta/files:register", "{\"uris\":[\"gs://b/a.pdf\"]}");
    assertEquals(401, withKey.status());
    assertTrue(withKey.body().contains("API keys cannot read Cloud Storage"), withKey.body());
  }
}
