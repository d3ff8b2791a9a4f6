package dev.interactions4j;

import static dev.interactions4j.HostileServer.EVENT_STREAM;
import static dev.interactions4j.HostileServer.created;
import static dev.interactions4j.HostileServer.textDelta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.wire.InteractionRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Servers that send headers and then stall or trickle: every read ends within the read timeout
 * or the call's deadline, as a {@link GeminiTimeoutException} naming the interaction.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class StalledServerTest {
  private static final InteractionRequest HELLO = InteractionRequest.model(Clients.MODEL).input("Hello").build();

  @Test
  void contentLengthBeyondWhatArrives_endsAtTheReadTimeout() {
    try (HostileServer server = HostileServer.start((request, out) -> {
      out.head(200, "Content-Type: application/json", "Content-Length: 1000").write("{\"id\":\"v1_stall\",");
      out.stall();
    }); GeminiClient client = Clients.hostile(server).build()) {
      long start = System.nanoTime();
      GeminiTimeoutException failure = assertThrows(GeminiTimeoutException.class, () -> client.get("v1_stall"));

      assertEquals("v1_stall", failure.interactionId().orElseThrow());
      assertTrue(elapsedMillis(start) < 3000, elapsedMillis(start) + " ms");
    }
  }

  @Test
  void largeContentLengthBeyondWhatArrives_endsAtTheReadTimeout() {
    try (HostileServer server = HostileServer.start((request, out) -> {
      out.head(200, "Content-Type: application/json", "Content-Length: 300000000").write("{\"id\":\"v1_big\",\"steps\":[");
      out.stall();
    }); GeminiClient client = Clients.hostile(server).build()) {
      assertThrows(GeminiTimeoutException.class, () -> client.create(HELLO));
    }
  }

  @Test
  void chunkedBodyWithNoChunk_endsAtTheReadTimeout() {
    try (HostileServer server = HostileServer.start((request, out) -> {
      out.head(200, "Content-Type: application/json", "Transfer-Encoding: chunked");
      out.stall();
    }); GeminiClient client = Clients.hostile(server).build()) {
      assertThrows(GeminiTimeoutException.class, () -> client.create(HELLO));
    }
  }

  @Test
  void bodyTrickledByteByByte_endsAtTheCallDeadline() {
    byte[] body = HostileServer.answer("v1_slow", "x".repeat(2000)).getBytes(StandardCharsets.UTF_8);
    try (HostileServer server = HostileServer.start((request, out) -> {
      out.head(200, "Content-Type: application/json", "Content-Length: " + body.length);
      out.trickle(body, Duration.ofMillis(20));
    }); GeminiClient client = Clients.hostile(server).callTimeout(Duration.ofMillis(1500)).build()) {
      long start = System.nanoTime();
      GeminiTimeoutException failure = assertThrows(GeminiTimeoutException.class, () -> client.create(HELLO));

      assertTrue(failure.getMessage().contains("deadline"), failure.getMessage());
      assertTrue(elapsedMillis(start) < 4000, elapsedMillis(start) + " ms");
    }
  }

  @Test
  void stalledAttempt_isRetriedLikeABrokenConnection() {
    try (HostileServer server = HostileServer.start((request, out) -> {
      if (request.number() == 1) {
        out.head(200, "Content-Type: application/json", "Content-Length: 500").write("{");
        out.stall();
      }
      out.answer(200, "application/json", HostileServer.answer("v1_second", "fine"));
    }); GeminiClient client = Clients.hostile(server)
        .retryPolicy(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10), 1, 0, Duration.ofSeconds(5))).build()) {
      assertEquals("fine", client.create(HELLO).text());
      assertEquals(2, server.requests().size());
    }
  }

  @Test
  void streamThatStopsAfterAFewEvents_isResumedThenEndsTyped() {
    try (HostileServer server = HostileServer.start((request, out) -> {
      out.head(200, EVENT_STREAM);
      if (request.method().equals("POST")) {
        out.write(created("e1", "v1_quiet") + textDelta("e2", "Hel"));
      }
      out.stall();
    }); GeminiClient client = Clients.hostile(server).streamResumeLimit(2)
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(20), 2, 0, Duration.ofSeconds(5))).build()) {
      long start = System.nanoTime();
      GeminiStreamException failure;
      try (InteractionStream stream = client.stream(HELLO)) {
        failure = assertThrows(GeminiStreamException.class, stream::result);
      }

      assertEquals("v1_quiet", failure.interactionId().orElseThrow());
      assertEquals("Hel", failure.partialText());
      GeminiTimeoutException cause = assertInstanceOf(GeminiTimeoutException.class, failure.getCause());
      assertEquals("v1_quiet", cause.interactionId().orElseThrow());
      assertEquals(3, server.requests().size(), "the create and two resumes");
      assertTrue(server.requests().get(2).target().endsWith("stream=true&last_event_id=e2"), server.requests().get(2).target());
      assertTrue(elapsedMillis(start) < 3000, elapsedMillis(start) + " ms");
    }
  }

  static long elapsedMillis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
