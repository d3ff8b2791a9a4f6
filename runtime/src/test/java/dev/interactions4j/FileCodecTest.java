package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.files.FileSource;
import dev.interactions4j.files.FileState;
import dev.interactions4j.files.GeminiFile;
import dev.interactions4j.wire.WireFormatException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The File resource read exactly as the API writes it, and leniently as proto3 JSON allows. */
class FileCodecTest {
  @Test
  void everyField_isRead() {
    GeminiFile file = FileCodec.read("{\"name\":\"files/abc-123\",\"displayName\":\"Lecture\",\"mimeType\":\"video/mp4\","
        + "\"sizeBytes\":\"3000000000\",\"createTime\":\"2026-06-01T10:00:00.123456Z\",\"updateTime\":\"2026-06-01T10:00:01Z\","
        + "\"expirationTime\":\"2026-06-03T10:00:00Z\",\"sha256Hash\":\"YWJj\","
        + "\"uri\":\"https://generativelanguage.googleapis.com/v1beta/files/abc-123\",\"state\":\"FAILED\",\"source\":\"UPLOADED\","
        + "\"error\":{\"code\":3,\"message\":\"Unsupported codec\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.DebugInfo\"}]},"
        + "\"videoMetadata\":{\"videoDuration\":\"3.5s\"}}");

    assertEquals("abc-123", file.id());
    assertEquals("Lecture", file.displayName());
    assertEquals(3_000_000_000L, file.sizeBytes(), "an int64 beyond an int, from a string");
    assertEquals(Instant.parse("2026-06-01T10:00:00.123456Z"), file.createTime());
    assertEquals(Instant.parse("2026-06-03T10:00:00Z"), file.expirationTime());
    assertEquals(FileState.FAILED, file.state());
    assertTrue(file.isFailed());
    assertEquals(FileSource.UPLOADED, file.source());
    assertEquals(3, file.error().code());
    assertEquals("[{\"@type\":\"type.googleapis.com/google.rpc.DebugInfo\"}]", file.error().detailsJson());
    assertEquals(Duration.ofMillis(3500), file.videoDuration());
    assertNull(file.downloadUri());
  }

  @Test
  void unknownStatesAndSources_areKept_andSnakeCaseAndNumbersAreRead() {
    GeminiFile file = FileCodec.read("{\"name\":\"files/x\",\"mime_type\":\"text/plain\",\"size_bytes\":12,"
        + "\"state\":\"ARCHIVED\",\"source\":\"IMPORTED\"}");

    assertEquals("text/plain", file.mimeType());
    assertEquals(12, file.sizeBytes());
    assertEquals("ARCHIVED", file.state().value());
    assertEquals("IMPORTED", file.source().value());
    assertEquals(-1, FileCodec.read("{\"name\":\"files/y\"}").sizeBytes(), "absent");
    assertEquals(FileState.STATE_UNSPECIFIED, FileCodec.read("{\"name\":\"files/y\"}").state());
  }

  @Test
  void aMalformedFile_isAWireFormatExceptionWithTheRawText() {
    String json = "{\"name\":\"files/x\",\"sizeBytes\":\"twelve\"}";
    WireFormatException failure = assertThrows(WireFormatException.class, () -> FileCodec.read(json));
    assertEquals(json, failure.rawText());
    assertTrue(failure.getMessage().contains("'sizeBytes' is an int64 string"), failure.getMessage());
  }
}
