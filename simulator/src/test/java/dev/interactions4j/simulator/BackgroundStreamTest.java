package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/** A running background interaction's stream: re-attached by id, resumed after an event id. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BackgroundStreamTest {
  private static final String AGENT = "{\"agent\":\"deep-research-pro-preview-12-2025\",\"background\":true,"
      + "\"input\":\"Research tides\"";

  @Test
  void reattachingToARunningInteraction_waitsForItsSteps_andEndsWithItsFinalStatus() {
    try (Simulator simulator = Simulator.builder().backgroundDuration(Duration.ofMillis(300)).start()) {
      String id = Http.create(simulator, AGENT + "}").json().get("id").asString();

      List<JsonNode> events = events(Http.get(simulator, "/v1beta/interactions/" + id + "?stream=true").body());

      assertEquals("interaction.created", events.get(0).get("event_type").asString());
      assertEquals("in_progress", events.get(1).get("status").asString());
      assertEquals("step.start", events.get(2).get("event_type").asString());
      JsonNode completed = events.get(events.size() - 1);
      assertEquals("interaction.completed", completed.get("event_type").asString());
      assertEquals("completed", completed.at("/interaction/status").asString());
      assertTrue(events.stream().anyMatch(e -> e.at("/delta/type").asString("").equals("text_annotation_delta")));

      String afterHeader = events.get(1).get("event_id").asString();
      List<JsonNode> rest = events(Http.get(simulator, "/v1beta/interactions/" + id + "?stream=true&last_event_id=" + afterHeader).body());
      assertEquals(events.subList(2, events.size()), rest);
    }
  }

  @Test
  void streamedBackgroundCreate_carriesTheWholeRun() {
    try (Simulator simulator = Simulator.builder().backgroundDuration(Duration.ofMillis(100)).start()) {
      List<JsonNode> events = events(Http.create(simulator, AGENT + ",\"stream\":true}").body());

      assertEquals("completed", events.get(events.size() - 1).at("/interaction/status").asString());
      String id = events.get(0).at("/interaction/id").asString();
      assertEquals(events, events(Http.get(simulator, "/v1beta/interactions/" + id + "?stream=true").body()));
    }
  }

  @Test
  void cancellingWhileAttached_endsTheStreamCancelled() throws Exception {
    try (Simulator simulator = Simulator.builder().backgroundDuration(Duration.ofSeconds(20)).start()) {
      String id = Http.create(simulator, AGENT + "}").json().get("id").asString();
      var attached = java.util.concurrent.CompletableFuture.supplyAsync(
          () -> events(Http.get(simulator, "/v1beta/interactions/" + id + "?stream=true").body()));
      Thread.sleep(100);

      assertEquals(200, Http.post(simulator, "/v1beta/interactions/" + id + "/cancel", "").status());

      List<JsonNode> events = attached.get(10, TimeUnit.SECONDS);
      assertEquals("cancelled", events.get(events.size() - 1).at("/interaction/status").asString());
    }
  }

  private static List<JsonNode> events(String body) {
    List<JsonNode> events = new ArrayList<>();
    Sse.events(body).forEach(json -> events.add(Http.JSON.readTree(json)));
    return events;
  }
}
