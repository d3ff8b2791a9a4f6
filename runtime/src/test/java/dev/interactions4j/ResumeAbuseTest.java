package dev.interactions4j;

import static dev.interactions4j.HostileServer.EVENT_STREAM;
import static dev.interactions4j.HostileServer.completed;
import static dev.interactions4j.HostileServer.created;
import static dev.interactions4j.HostileServer.textDelta;
import static dev.interactions4j.StalledServerTest.elapsedMillis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.StreamEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Servers that abuse resumes: replaying the last event on every resume, or ignoring {@code
 * last_event_id}. Every event reaches the caller once, and resumes that bring nothing new are
 * spaced by the backoff and capped.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ResumeAbuseTest {
  private static final InteractionRequest HELLO = InteractionRequest.model(Clients.MODEL).input("Hello").build();
  private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(20), Duration.ofSeconds(1), 2, 0, Duration.ofSeconds(5));

  @Test
  void serverReplayingTheLastEventOnEveryResume_isCappedWithBackoff() {
    try (HostileServer server = HostileServer.start((request, out) -> {
      out.head(200, EVENT_STREAM);
      if (request.method().equals("POST")) {
        out.write(created("e1", "v1_loop") + textDelta("e2", "Hello "));
      } else {
        out.write(textDelta("e2", "Hello ")); // the same event again, then the end
      }
    }); GeminiClient client = Clients.hostile(server).retryPolicy(FAST).build()) {
      long start = System.nanoTime();
      List<String> texts = new ArrayList<>();
      GeminiStreamException failure;
      try (InteractionStream stream = client.stream(HELLO)) {
        failure = assertThrows(GeminiStreamException.class, () -> stream.forEachRemaining(event -> {
          if (event instanceof StreamEvent.StepDelta) {
            texts.add(event.eventId());
          }
        }));
      }

      assertEquals(List.of("e2"), texts, "the replayed event is delivered once");
      assertEquals("Hello ", failure.partialText());
      assertEquals("v1_loop", failure.interactionId().orElseThrow());
      int resumes = server.requests().size() - 1;
      assertEquals(5, resumes, "the default limit of resumes without a new event");
      // 0 (the first resume is at once), then 20, 40, 80 and 160 ms of backoff.
      assertTrue(elapsedMillis(start) >= 280, "resumes were spaced: " + elapsedMillis(start) + " ms");
    }
  }

  @Test
  void serverIgnoringLastEventId_deliversEveryEventOnce() {
    try (HostileServer server = HostileServer.start((request, out) -> {
      out.head(200, EVENT_STREAM);
      out.write(created("e1", "v1_again") + textDelta("e2", "Hello "));
      if (request.method().equals("GET")) { // the whole stream again, as if last_event_id were not sent
        out.write(textDelta("e3", "world") + completed("e4", "v1_again"));
      }
    }); GeminiClient client = Clients.hostile(server).retryPolicy(FAST).build()) {
      List<String> ids = new ArrayList<>();
      String text;
      try (InteractionStream stream = client.stream(HELLO)) {
        stream.forEachRemaining(event -> ids.add(event.eventId()));
        text = stream.result().text();
      }

      assertEquals("Hello world", text);
      assertEquals(List.of("e1", "e2", "e3", "e4"), ids);
      assertEquals(2, server.requests().size());
    }
  }

  @Test
  void streamWithoutEventIds_fallsBackToPollingAtTheClientsPollingPolicy() {
    // A server that names no event ids: a broken stream cannot be resumed, only fetched whole.
    try (HostileServer server = HostileServer.start((request, out) -> {
      if (request.method().equals("POST")) {
        out.head(200, EVENT_STREAM);
        out.write("event: interaction.created\ndata: {\"event_type\":\"interaction.created\",\"interaction\":"
            + "{\"id\":\"v1_noids\",\"status\":\"in_progress\"}}\n\n");
        return;
      }
      String body = request.number() < 6
          ? "{\"id\":\"v1_noids\",\"status\":\"in_progress\",\"object\":\"interaction\"}"
          : HostileServer.answer("v1_noids", "Hello world");
      out.head(200, "Content-Type: application/json", "Content-Length: " + body.length()).write(body);
    }); GeminiClient client = Clients.hostile(server).retryPolicy(FAST)
        .pollingPolicy(new PollingPolicy(Duration.ofMillis(30), Duration.ofMillis(30), 1)).build()) {
      long start = System.nanoTime();
      String text;
      try (InteractionStream stream = client.stream(HELLO)) {
        text = stream.result().text();
      }

      assertEquals("Hello world", text);
      assertEquals(5, server.requests().stream().filter(r -> r.method().equals("GET")).count(),
          "polled until the interaction stopped running");
      // Four waits of the policy's 30 ms; the stream's old fixed backoff (200, 400, 800, 1600 ms) took 3 s.
      long elapsed = elapsedMillis(start);
      assertTrue(elapsed >= 120 && elapsed < 2_000, "waits of the polling policy: " + elapsed + " ms");
    }
  }

  @Test
  void resumesThatBringNewEvents_areNotCapped() {
    int events = 12;
    try (HostileServer server = HostileServer.start((request, out) -> {
      out.head(200, EVENT_STREAM);
      int n = request.number();
      if (n == 1) {
        out.write(created("e0", "v1_slowly"));
      }
      out.write(n < events ? textDelta("e" + n, "" + (char) ('a' + n - 1)) : completed("e" + n, "v1_slowly"));
    }); GeminiClient client = Clients.hostile(server).retryPolicy(FAST).build()) {
      String text;
      try (InteractionStream stream = client.stream(HELLO)) {
        text = stream.result().text();
      }

      assertEquals("abcdefghijk", text, "one new event per connection, " + (events - 1) + " resumes");
    }
  }
}
