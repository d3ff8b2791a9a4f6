package dev.interactions4j;

import static dev.interactions4j.HostileServer.EVENT_STREAM;
import static dev.interactions4j.HostileServer.created;
import static dev.interactions4j.StalledServerTest.elapsedMillis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.WireFormatException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile header values and events: each ends in the library's own exception types, never a bare JDK one. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class UntypedEscapeTest {
  private static final InteractionRequest HELLO = InteractionRequest.model(Clients.MODEL).input("Hello").build();
  private static final RetryPolicy TWO_ATTEMPTS = new RetryPolicy(2, Duration.ofMillis(300), Duration.ofMillis(300), 1, 0,
      Duration.ofSeconds(5));

  @Test
  void retryAfterOfLongMaxValue_endsTheCallTyped() {
    try (HostileServer server = HostileServer.start((request, out) -> out.answer(429, "application/json", "{}",
        "Retry-After: 9223372036854775807")); GeminiClient client = Clients.hostile(server).retryPolicy(TWO_ATTEMPTS).build()) {
      GeminiApiException failure = assertThrows(GeminiApiException.class, () -> client.create(HELLO));

      assertTrue(failure.isRateLimited());
      assertEquals(1, server.requests().size(), "a wait past the budget ends the call at once");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5", "-3", "soon", "99999999999999999999999"})
  void unusableRetryAfter_fallsBackToTheBackoff(String value) {
    try (HostileServer server = HostileServer.start((request, out) -> {
      if (request.number() == 1) {
        out.answer(503, "application/json", "{}", "Retry-After: " + value);
      } else {
        out.answer(200, "application/json", HostileServer.answer("v1_ok", "ok"));
      }
    }); GeminiClient client = Clients.hostile(server).retryPolicy(TWO_ATTEMPTS).build()) {
      long start = System.nanoTime();
      try {
        assertEquals("ok", client.create(HELLO).text());
        assertTrue(elapsedMillis(start) >= 290, "waited " + elapsedMillis(start) + " ms, the backoff is 300 ms");
      } catch (GeminiApiException beyondBudget) {
        assertEquals("99999999999999999999999", value, "only a wait past the budget ends the call");
        assertEquals(1, server.requests().size());
      }
    }
  }

  @Test
  void malformedEventAfterCreated_namesTheInteraction() {
    try (HostileServer server = HostileServer.start((request, out) -> out.head(200, EVENT_STREAM)
        .write(created("e1", "v1_named") + "event: step.delta\ndata: {\"index\": \"zero\", \"delta\": [}\n\n"));
        GeminiClient client = Clients.hostile(server).build()) {
      WireFormatException failure;
      try (InteractionStream stream = client.stream(HELLO)) {
        failure = assertThrows(WireFormatException.class, stream::result);
      }

      assertEquals("v1_named", failure.interactionId().orElseThrow());
      assertTrue(failure.rawText().contains("\"zero\""), failure.rawText());
    }
  }
}
