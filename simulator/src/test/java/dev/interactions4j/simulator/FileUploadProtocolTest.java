package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The Files API's resumable upload over real HTTP, spoken by hand: start, chunks, query, resume after a cut. */
@Timeout(30)
@ExtendWith(SimulatorExtension.class)
class FileUploadProtocolTest {

  @Test
  void start_answersTheSessionUrl_andChunksAtTheirOffsets_endInTheFile(Simulator simulator) {
    byte[] bytes = Uploads.bytes(Uploads.GRANULE * 2 + 1000, 1);
    Http.Answer start = Uploads.start(simulator, "{\"file\": {\"display_name\": \"Lecture\"}}", bytes.length, "video/mp4");
    assertEquals(200, start.status(), start.body());
    assertEquals("active", Uploads.status(start));
    assertEquals("262144", start.headers().firstValue("x-goog-upload-chunk-granularity").orElseThrow());
    String session = start.headers().firstValue("x-goog-upload-url").orElseThrow();
    assertTrue(session.startsWith(simulator.baseUrl() + "/upload/v1beta/files?upload_id="), session);

    Http.Answer first = Uploads.chunk(session, bytes, 0, Uploads.GRANULE, 0, "upload");
    assertEquals(200, first.status(), first.body());
    assertEquals("active", Uploads.status(first));
    Http.Answer second = Uploads.chunk(session, bytes, Uploads.GRANULE, 2 * Uploads.GRANULE, Uploads.GRANULE, "upload");
    assertEquals("active", Uploads.status(second));
    Http.Answer last = Uploads.chunk(session, bytes, 2 * Uploads.GRANULE, bytes.length, 2L * Uploads.GRANULE, "upload, finalize");

    assertEquals(200, last.status(), last.body());
    assertEquals("final", Uploads.status(last));
    JsonNode file = last.json().get("file");
    String id = file.get("name").asString().substring("files/".length());
    assertTrue(FileStore.validId(id), id);
    assertEquals(List.of("name", "displayName", "mimeType", "sizeBytes", "createTime", "updateTime", "expirationTime",
        "sha256Hash", "uri", "state", "source"), List.copyOf(file.propertyNames()));
    assertEquals("Lecture", file.get("displayName").asString());
    assertEquals("video/mp4", file.get("mimeType").asString());
    assertTrue(file.get("sizeBytes").isString(), "sizeBytes is an int64, a string in JSON");
    assertEquals(Integer.toString(bytes.length), file.get("sizeBytes").asString());
    assertEquals(Uploads.sha256(bytes), file.get("sha256Hash").asString());
    assertEquals(simulator.baseUrl() + "/v1beta/files/" + id, file.get("uri").asString());
    assertEquals("PROCESSING", file.get("state").asString());
    assertEquals("UPLOADED", file.get("source").asString());
    Instant created = Instant.parse(file.get("createTime").asString());
    assertEquals(created.plusSeconds(48 * 3600), Instant.parse(file.get("expirationTime").asString()));

    JsonNode got = Http.get(simulator, "/v1beta/files/" + id).json();
    assertEquals("ACTIVE", got.get("state").asString());
    assertEquals(file.get("sha256Hash"), got.get("sha256Hash"));
    RecordedRequest recorded = simulator.requests().get(1);
    assertEquals(0, recorded.body().length, "chunks are recorded without their bytes");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"file\": {\"display_name\": \"Report\", \"mime_type\": \"application/pdf\", \"size_bytes\": 1000}}",
      "{\"file\": {\"displayName\": \"Report\", \"mimeType\": \"application/pdf\", \"sizeBytes\": \"1000\"}}",
      "{'file': {'display_name': 'Report'}}",
      "{\"displayName\": \"Report\"}"})
  void startBodies_inEveryShapeClientsSend_nameTheFile(String body, Simulator simulator) {
    byte[] bytes = Uploads.bytes(1000, 2);
    String session = Uploads.session(simulator, body, 1000, "application/pdf");
    JsonNode file = Uploads.chunk(session, bytes, 0, bytes.length, 0, "upload, finalize").json().get("file");
    assertEquals("Report", file.get("displayName").asString());
    assertEquals("application/pdf", file.get("mimeType").asString());
    assertEquals("1000", file.get("sizeBytes").asString());
  }

  @Test
  void aStartWithoutBody_takesTheHeaders_andAnEmptyUploadIsAFile(Simulator simulator) {
    String session = Uploads.session(simulator, "", 0, "text/plain");
    JsonNode file = Uploads.chunk(session, new byte[0], 0, 0, 0, "upload, finalize").json().get("file");
    assertEquals("0", file.get("sizeBytes").asString());
    assertFalse(file.has("displayName"));
  }

  @Test
  void aNamedFile_keepsItsId_andASecondOneIsRefused(Simulator simulator) {
    String session = Uploads.session(simulator, "{\"file\": {\"name\": \"files/my-notes-1\"}}", 3, "text/plain");
    JsonNode file = Uploads.chunk(session, new byte[] {1, 2, 3}, 0, 3, 0, "upload, finalize").json().get("file");
    assertEquals("files/my-notes-1", file.get("name").asString());
    Http.Answer again = Uploads.start(simulator, "{\"file\": {\"name\": \"files/my-notes-1\"}}", 3, "text/plain");
    assertEquals(409, again.status());
    assertEquals("ALREADY_EXISTS", again.json().get("error").get("status").asString());
    Http.Answer invalid = Uploads.start(simulator, "{\"file\": {\"name\": \"files/-Bad\"}}", 3, "text/plain");
    assertEquals(400, invalid.status());
    assertTrue(invalid.body().contains("[a-z0-9-]"), invalid.body());
  }

  @Test
  void badStarts_areRefusedInGooglesErrorShape(Simulator simulator) {
    Http.Answer noType = Uploads.start(simulator, "{}", 10, null);
    assertEquals(400, noType.status());
    assertEquals("INVALID_ARGUMENT", noType.json().get("error").get("status").asString());
    assertTrue(noType.json().get("error").get("message").asString().contains("MIME type"));
    Http.Answer tooLarge = Uploads.start(simulator, "{}", 3L * 1024 * 1024 * 1024, "video/mp4");
    assertEquals(400, tooLarge.status());
    Http.Answer contradicting = Uploads.start(simulator, "{\"file\": {\"sizeBytes\": \"5\"}}", 10, "text/plain");
    assertEquals(400, contradicting.status());
    Http.Answer multipart = Http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/upload/v1beta/files"))
        .header("x-goog-api-key", "k").header("X-Goog-Upload-Protocol", "multipart").header("X-Goog-Upload-Command", "start")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertEquals(400, multipart.status());
  }

  @Test
  void aChunkAtTheWrongOffset_isRefused_withWhatTheSessionHas(Simulator simulator) {
    byte[] bytes = Uploads.bytes(Uploads.GRANULE * 2, 3);
    String session = Uploads.session(simulator, "{}", bytes.length, "application/octet-stream");
    Uploads.chunk(session, bytes, 0, Uploads.GRANULE, 0, "upload");

    Http.Answer wrong = Uploads.chunk(session, bytes, Uploads.GRANULE, bytes.length, 0, "upload, finalize");

    assertEquals(400, wrong.status());
    assertEquals("active", Uploads.status(wrong));
    assertEquals(Integer.toString(Uploads.GRANULE), wrong.headers().firstValue("x-goog-upload-size-received").orElseThrow());
    Http.Answer right = Uploads.chunk(session, bytes, Uploads.GRANULE, bytes.length, Uploads.GRANULE, "upload, finalize");
    assertEquals(Uploads.sha256(bytes), right.json().get("file").get("sha256Hash").asString());
  }

  @Test
  void aChunkThatIsNotAMultipleOfTheGranularity_isRefusedUnlessLast(Simulator simulator) {
    byte[] bytes = Uploads.bytes(1000, 4);
    String session = Uploads.session(simulator, "{}", bytes.length, "text/plain");
    Http.Answer odd = Uploads.chunk(session, bytes, 0, 500, 0, "upload");
    assertEquals(400, odd.status());
    assertTrue(odd.body().contains("262144"), odd.body());
    assertEquals(200, Uploads.chunk(session, bytes, 0, bytes.length, 0, "upload, finalize").status());
  }

  @Test
  void aFinalizeShortOfTheDeclaredSize_isRefused(Simulator simulator) {
    byte[] bytes = Uploads.bytes(100, 5);
    String session = Uploads.session(simulator, "{}", 200, "text/plain");
    Http.Answer answer = Uploads.chunk(session, bytes, 0, bytes.length, 0, "upload, finalize");
    assertEquals(400, answer.status());
    assertTrue(answer.body().contains("200 were declared"), answer.body());
  }

  @Test
  void aCutChunk_keepsWhatArrived_andTheClientResumesFromTheQuery(Simulator simulator) {
    byte[] bytes = Uploads.bytes(Uploads.GRANULE * 3, 6);
    String session = Uploads.session(simulator, "{}", bytes.length, "application/octet-stream");
    simulator.faults().cutUploadAfter(100_000);

    assertThrows(UncheckedIOException.class, () -> Uploads.chunk(session, bytes, 0, Uploads.GRANULE * 2, 0, "upload"));

    Http.Answer query = Uploads.query(session);
    assertEquals(200, query.status());
    assertEquals("active", Uploads.status(query));
    assertEquals("100000", query.headers().firstValue("x-goog-upload-size-received").orElseThrow());
    Http.Answer rest = Uploads.chunk(session, bytes, 100_000, bytes.length, 100_000, "upload, finalize");
    assertEquals("final", Uploads.status(rest));
    assertEquals(Uploads.sha256(bytes), rest.json().get("file").get("sha256Hash").asString());
    Http.Answer done = Uploads.query(session);
    assertEquals("final", Uploads.status(done));
    assertEquals(Integer.toString(bytes.length), done.headers().firstValue("x-goog-upload-size-received").orElseThrow());
  }

  @Test
  void anInjectedFailureOnAChunk_changesNothing(Simulator simulator) {
    byte[] bytes = Uploads.bytes(Uploads.GRANULE, 7);
    String session = Uploads.session(simulator, "{}", bytes.length, "application/octet-stream");
    simulator.faults().failNext(1, 503);
    Http.Answer failed = Uploads.chunk(session, bytes, 0, bytes.length, 0, "upload, finalize");
    assertEquals(503, failed.status());
    assertNull(Uploads.status(failed), "no status header: the SDKs resend the chunk");
    assertEquals("0", Uploads.query(session).headers().firstValue("x-goog-upload-size-received").orElseThrow());
    assertEquals("final", Uploads.status(Uploads.chunk(session, bytes, 0, bytes.length, 0, "upload, finalize")));
  }

  @Test
  void aResentLastChunk_isAnsweredAgain_andCancelEndsASession(Simulator simulator) {
    byte[] bytes = Uploads.bytes(10, 8);
    String session = Uploads.session(simulator, "{}", bytes.length, "text/plain");
    JsonNode file = Uploads.chunk(session, bytes, 0, bytes.length, 0, "upload, finalize").json().get("file");
    Http.Answer again = Uploads.chunk(session, bytes, 0, bytes.length, 0, "upload, finalize");
    assertEquals(200, again.status());
    assertEquals(file.get("name"), again.json().get("file").get("name"));

    String other = Uploads.session(simulator, "{}", bytes.length, "text/plain");
    Http.Answer cancel = Http.send(HttpRequest.newBuilder(URI.create(other)).header("X-Goog-Upload-Command", "cancel")
        .POST(HttpRequest.BodyPublishers.noBody()).build());
    assertEquals("cancelled", Uploads.status(cancel));
    assertEquals(404, Uploads.query(other).status());
  }

  @Test
  void uploadedBytes_liveInTheSimulatorsDirectory_whichCloseDeletes() throws Exception {
    Simulator simulator = Simulator.start();
    Path directory;
    try {
      byte[] bytes = Uploads.bytes(Uploads.GRANULE, 9);
      Uploads.upload(simulator, "blob", "application/octet-stream", bytes);
      directory = simulator.filesDirectory();
      try (var listing = Files.list(directory)) {
        assertEquals(List.of((long) bytes.length), listing.map(path -> path.toFile().length()).toList());
      }
    } finally {
      simulator.close();
    }
    assertFalse(Files.exists(directory), directory + " is deleted on close");
  }
}
