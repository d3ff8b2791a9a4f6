package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.files.GeminiFile;
import dev.interactions4j.files.UploadOptions;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The session URL a start answers is the upload's own credential: it is moved to the configured
 * host, loses a {@code key} parameter, gets no key header and never shows in a message; a server
 * that does not speak the protocol fails typed.
 */
class UploadSessionUrlTest {
  private static final String FILE = "{\"file\":{\"name\":\"files/abc\",\"mimeType\":\"text/plain\",\"sizeBytes\":\"5\","
      + "\"state\":\"PROCESSING\",\"source\":\"UPLOADED\",\"uri\":\"https://generativelanguage.googleapis.com/v1beta/files/abc\"}}";

  @Test
  void aSessionUrlOnAnotherHost_isMovedToTheBaseHost_withoutTheKeyParameter() {
    try (HostileServer server = HostileServer.start((request, out) -> {
      if (request.number() == 1) {
        out.answer(200, "text/plain", "", "x-goog-upload-url: http://uploads.elsewhere.example:9/upload/v1beta/files"
            + "?key=" + Clients.KEY + "&upload_id=u1&upload_protocol=resumable", "x-goog-upload-status: active");
      } else {
        out.answer(200, "application/json", FILE, "x-goog-upload-status: final");
      }
    }); GeminiClient client = Clients.hostile(server).build()) {
      GeminiFile file = upload(client);

      assertEquals("files/abc", file.name());
      assertEquals(5, file.sizeBytes());
      List<HostileServer.Request> requests = server.requests();
      assertEquals(2, requests.size(), "the chunk came here, not to the other host");
      assertEquals(Clients.KEY, requests.get(0).headers().get("x-goog-api-key"));
      HostileServer.Request chunk = requests.get(1);
      assertEquals("/upload/v1beta/files?upload_id=u1&upload_protocol=resumable", chunk.target());
      assertNull(chunk.headers().get("x-goog-api-key"));
      assertEquals("upload, finalize", chunk.headers().get("x-goog-upload-command"));
      assertEquals("hello", chunk.bodyText());
    }
  }

  @Test
  void aStartWithoutASessionUrl_failsSayingSo() {
    try (HostileServer server = HostileServer.start((request, out) -> out.answer(200, "application/json", "{}"));
        GeminiClient client = Clients.hostile(server).build()) {
      GeminiException failure = assertThrows(GeminiException.class, () -> upload(client));
      assertEquals("The upload start was answered without an x-goog-upload-url header (HTTP 200); the server does not"
          + " speak the resumable protocol", failure.getMessage());
    }
  }

  @Test
  void aRefusedChunk_isAnApiExceptionThatShowsNoSessionUrl() {
    try (HostileServer server = HostileServer.start((request, out) -> {
      if (request.number() == 1) {
        out.answer(200, "text/plain", "", "x-goog-upload-url: " + "http://127.0.0.1:1/upload/v1beta/files?upload_id=secret-session");
      } else {
        out.answer(400, "application/json", "{\"error\":{\"code\":400,\"status\":\"INVALID_ARGUMENT\",\"message\":\"Bad offset\"}}");
      }
    }); GeminiClient client = Clients.hostile(server).build()) {
      GeminiApiException failure = assertThrows(GeminiApiException.class, () -> upload(client));
      assertEquals("HTTP 400 INVALID_ARGUMENT: Bad offset", failure.getMessage());
      assertFalse(failure.toString().contains("secret-session"));
      assertTrue(server.requests().get(1).target().contains("secret-session"), "it went to the session, on the base host");
    }
  }

  @Test
  void aChunkAnsweredWithoutAnUploadStatus_isSentAgain_asGooglesSdksDo() {
    try (HostileServer server = HostileServer.start((request, out) -> {
      if (request.number() == 1) {
        out.answer(200, "text/plain", "", "x-goog-upload-url: http://127.0.0.1:1/upload/v1beta/files?upload_id=u2");
      } else if (request.number() == 2) {
        out.answer(200, "text/plain", "");
      } else {
        out.answer(200, "application/json", FILE, "x-goog-upload-status: final");
      }
    }); GeminiClient client = Clients.hostile(server)
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), 2.0, 0, Duration.ofSeconds(5))).build()) {
      assertEquals("files/abc", upload(client).name());

      List<HostileServer.Request> requests = server.requests();
      assertEquals(3, requests.size());
      assertEquals(requests.get(1).headers().get("x-goog-upload-offset"), requests.get(2).headers().get("x-goog-upload-offset"));
      assertEquals("hello", requests.get(2).bodyText(), "the same chunk again, no query");
    }
  }

  private static GeminiFile upload(GeminiClient client) {
    return client.files().upload(new ByteArrayInputStream("hello".getBytes()), 5,
        UploadOptions.defaults().withMimeType("text/plain"));
  }
}
