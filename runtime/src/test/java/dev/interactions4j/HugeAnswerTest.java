package dev.interactions4j;

import static dev.interactions4j.HostileServer.EVENT_STREAM;
import static dev.interactions4j.HostileServer.created;
import static dev.interactions4j.HostileServer.textDelta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.WireFormatException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Answers far larger than anything real: a 300 MB error body, a 200 MB event line, a text that
 * never ends. Each ends in a typed error after a bounded read; the server sees the client hang up
 * long before it has written the whole thing.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HugeAnswerTest {
  private static final InteractionRequest HELLO = InteractionRequest.model(Clients.MODEL).input("Hello").build();
  private static final long HUGE = 300_000_000L;
  /** The most a bounded read may let the server write: the bound plus socket buffers. */
  private static final long WRITTEN_AT_MOST = 32L << 20;

  /** Writes {@code total} bytes of {@code fill} until the client hangs up. */
  private static void flood(HostileServer.Exchange out, long total, byte fill) throws Exception {
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, fill);
    for (long sent = 0; sent < total; sent += chunk.length) {
      out.write(chunk);
    }
  }

  @Test
  void errorBodyOf300Megabytes_isReadUpToTheBound() {
    try (HostileServer server = HostileServer.start((request, out) -> {
      out.head(400, "Content-Type: application/json", "Content-Length: " + HUGE).write("{\"error\":{\"message\":\"");
      flood(out, HUGE, (byte) 'x');
    }); GeminiClient client = Clients.hostile(server).build()) {
      GeminiApiException failure = assertThrows(GeminiApiException.class, () -> client.create(HELLO));

      assertEquals(400, failure.httpStatus());
      assertTrue(failure.rawBody().length() < 70_000, failure.rawBody().length() + " chars kept");
      assertTrue(failure.rawBody().endsWith("(cut at 65536 bytes)"), failure.rawBody().substring(failure.rawBody().length() - 40));
      assertTrue(server.bytesWritten() < WRITTEN_AT_MOST, server.bytesWritten() + " bytes written");
    }
  }

  @Test
  void unsizedErrorBodyWithoutEnd_isReadUpToTheConfiguredBound() {
    try (HostileServer server = HostileServer.start((request, out) -> {
      out.head(503, "Content-Type: text/plain");
      flood(out, HUGE, (byte) 'y');
    }); GeminiClient client = Clients.hostile(server).maxErrorBodySize(1000).build()) {
      GeminiApiException failure = assertThrows(GeminiApiException.class, () -> client.create(HELLO));

      assertEquals("y".repeat(1000) + "… (cut at 1000 bytes)", failure.rawBody());
      assertTrue(server.bytesWritten() < WRITTEN_AT_MOST, server.bytesWritten() + " bytes written");
    }
  }

  @Test
  void unaryTextOf300Megabytes_failsTypedAtTheTextBound() {
    try (HostileServer server = HostileServer.start((request, out) -> {
      out.head(200, "Content-Type: application/json", "Content-Length: " + HUGE).write("{\"id\":\"v1_huge\",\"status\":"
          + "\"completed\",\"steps\":[{\"type\":\"model_output\",\"content\":[{\"type\":\"text\",\"text\":\"");
      flood(out, HUGE, (byte) 't');
    }); GeminiClient client = Clients.hostile(server).maxTextSize(1 << 20).build()) {
      WireFormatException failure = assertThrows(WireFormatException.class, () -> client.create(HELLO));

      assertTrue(failure.getMessage().contains("exceeds the maximum allowed (1048576"), failure.getMessage());
      assertTrue(server.bytesWritten() < WRITTEN_AT_MOST, server.bytesWritten() + " bytes written");
    }
  }

  @Test
  void eventLineOf200Megabytes_failsTypedAtTheEventBound() {
    try (HostileServer server = HostileServer.start((request, out) -> {
      out.head(200, EVENT_STREAM).write(created("e1", "v1_line") + textDelta("e2", "so far") + "event: step.delta\ndata: ");
      flood(out, 200_000_000L, (byte) 'z');
    }); GeminiClient client = Clients.hostile(server).maxEventSize(1 << 20).build()) {
      GeminiStreamException failure;
      try (InteractionStream stream = client.stream(HELLO)) {
        failure = assertThrows(GeminiStreamException.class, stream::result);
      }

      assertTrue(failure.getMessage().contains("larger than 1048576 bytes"), failure.getMessage());
      assertEquals("v1_line", failure.interactionId().orElseThrow());
      assertEquals("so far", failure.partialText());
      assertEquals(1, server.requests().size(), "an oversized event is not resumed");
      assertTrue(server.bytesWritten() < WRITTEN_AT_MOST, server.bytesWritten() + " bytes written");
    }
  }

  @Test
  void streamedTextBeyondTheTextBound_failsTyped() {
    String chunk = "w".repeat(60_000);
    try (HostileServer server = HostileServer.start((request, out) -> {
      out.head(200, EVENT_STREAM).write(created("e1", "v1_long"));
      for (int i = 2; ; i++) {
        out.write(textDelta("e" + i, chunk).getBytes(StandardCharsets.UTF_8));
      }
    }); GeminiClient client = Clients.hostile(server).maxTextSize(1 << 20).build()) {
      GeminiStreamException failure;
      try (InteractionStream stream = client.stream(HELLO)) {
        failure = assertThrows(GeminiStreamException.class, stream::result);
      }

      assertTrue(failure.getMessage().contains("longer than 1048576 characters"), failure.getMessage());
      assertEquals("v1_long", failure.interactionId().orElseThrow());
      assertTrue(server.bytesWritten() < WRITTEN_AT_MOST, server.bytesWritten() + " bytes written");
    }
  }
}
