package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/** The File resource over real HTTP: processing states, the FAILED fault, paging, delete, and where it is not served. */
@Timeout(30)
class FilesResourceTest {

  @Test
  void aFile_staysProcessing_forTheConfiguredGets_thenIsActive() {
    try (Simulator simulator = Simulator.builder().fileProcessing(Duration.ZERO, 3).start()) {
      String name = Uploads.upload(simulator, "clip", "video/mp4", new byte[] {1, 2}).get("name").asString();

      List<String> states = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        states.add(Http.get(simulator, "/v1beta/" + name).json().get("state").asString());
      }

      assertEquals(List.of("PROCESSING", "PROCESSING", "ACTIVE", "ACTIVE"), states);
    }
  }

  @Test
  void aFile_staysProcessing_forTheConfiguredTime() throws InterruptedException {
    try (Simulator simulator = Simulator.start()) {
      simulator.fileProcessing(Duration.ofMillis(300), 0);
      String name = Uploads.upload(simulator, "clip", "video/mp4", new byte[] {1}).get("name").asString();
      assertEquals("PROCESSING", Http.get(simulator, "/v1beta/" + name).json().get("state").asString());
      Thread.sleep(400);
      assertEquals("ACTIVE", Http.get(simulator, "/v1beta/" + name).json().get("state").asString());
    }
  }

  @Test
  void theFailFileProcessingFault_endsTheNextFileFailed_withItsError() {
    try (Simulator simulator = Simulator.start()) {
      simulator.faults().failFileProcessing("Video codec not supported");
      JsonNode uploaded = Uploads.upload(simulator, "broken", "video/mp4", new byte[] {1});
      assertEquals("PROCESSING", uploaded.get("state").asString());
      assertFalse(uploaded.has("error"));

      JsonNode failed = Http.get(simulator, "/v1beta/" + uploaded.get("name").asString()).json();

      assertEquals("FAILED", failed.get("state").asString());
      assertEquals(3, failed.get("error").get("code").asInt());
      assertEquals("Video codec not supported", failed.get("error").get("message").asString());
      JsonNode next = Uploads.upload(simulator, "fine", "video/mp4", new byte[] {1});
      assertEquals("ACTIVE", Http.get(simulator, "/v1beta/" + next.get("name").asString()).json().get("state").asString());
    }
  }

  @Test
  void list_pagesByTen_orByPageSizeUpToAHundred() {
    try (Simulator simulator = Simulator.start()) {
      assertEquals("{}", Http.get(simulator, "/v1beta/files").body(), "an empty list is an empty object");
      for (int i = 0; i < 12; i++) {
        Uploads.upload(simulator, "f" + i, "text/plain", new byte[] {(byte) i});
      }

      JsonNode first = Http.get(simulator, "/v1beta/files").json();
      assertEquals(10, first.get("files").size());
      assertEquals("f11", first.at("/files/0/displayName").asString(), "newest first");
      JsonNode second = Http.get(simulator, "/v1beta/files?pageToken=" + first.get("nextPageToken").asString()).json();
      assertEquals(2, second.get("files").size());
      assertFalse(second.has("nextPageToken"));
      assertEquals(5, Http.get(simulator, "/v1beta/files?pageSize=5").json().get("files").size());
      assertEquals(12, Http.get(simulator, "/v1/files?pageSize=1000").json().get("files").size());
      assertEquals(400, Http.get(simulator, "/v1beta/files?pageToken=%21%21").status());
    }
  }

  @Test
  void delete_answersEmpty_andTheFileIsGoneForGetAndDelete() {
    try (Simulator simulator = Simulator.start()) {
      String name = Uploads.upload(simulator, "gone", "text/plain", new byte[] {1}).get("name").asString();

      Http.Answer deleted = Http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v1beta/" + name))
          .header("x-goog-api-key", "k").DELETE().build());

      assertEquals(200, deleted.status());
      assertEquals("{}", deleted.body());
      Http.Answer get = Http.get(simulator, "/v1beta/" + name);
      assertEquals(403, get.status());
      assertEquals("PERMISSION_DENIED", get.json().at("/error/status").asString());
      assertEquals(0, simulator.fileCount());
    }
  }

  @Test
  void uploadedFiles_cannotBeDownloaded_andTheAgentPlatformHasNoFilesApi() {
    try (Simulator simulator = Simulator.start()) {
      String name = Uploads.upload(simulator, "mine", "text/plain", new byte[] {1}).get("name").asString();
      Http.Answer download = Http.get(simulator, "/v1beta/" + name + ":download?alt=media");
      assertEquals(400, download.status());
      assertTrue(download.body().contains("Only generated files"), download.body());
      assertEquals(404, Http.get(simulator, "/v1beta1/files").status(), "express mode, with a key");
    }
  }

  @Test
  void aFileIsServedUnderV1AndV1beta_andRequestsSayWhichVersion() {
    try (Simulator simulator = Simulator.start()) {
      String name = Uploads.upload(simulator, "both", "text/plain", new byte[] {1}).get("name").asString();
      assertEquals(name, Http.get(simulator, "/v1/" + name).json().get("name").asString());
      assertEquals(name, Http.get(simulator, "/v1beta/" + name).json().get("name").asString());
      List<String> versions = simulator.requests().stream().map(RecordedRequest::apiVersion).toList();
      assertEquals(List.of("v1beta", "v1beta", "v1", "v1beta"), versions);
    }
  }
}
