package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.Delta;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionStatus;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.StreamEvent;
import dev.interactions4j.wire.Tool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StreamingTest {
  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();

  private static final String PROMPT = "Tell me a long story about the sea, the wind and a small boat named Dawn.";

  private final GeminiClient client = Clients.client(SIMULATOR.simulator());

  private InteractionRequest story() {
    return InteractionRequest.model(Clients.MODEL).input(PROMPT).build();
  }

  private String unaryText() {
    return client.create(story()).text();
  }

  @Test
  void events_arriveInTheRecordedOrder_andBuildTheSameTextAsUnary() {
    List<String> types = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Interaction result;
    try (InteractionStream stream = client.stream(story())) {
      while (stream.hasNext()) {
        StreamEvent event = stream.next();
        types.add(event.eventType());
        if (event instanceof StreamEvent.StepDelta delta && delta.delta() instanceof Delta.Text chunk) {
          text.append(chunk.text());
        }
      }
      result = stream.result();
    }

    assertEquals(List.of("interaction.created", "interaction.status_update", "step.start"), types.subList(0, 3));
    assertEquals("interaction.completed", types.get(types.size() - 1));
    assertTrue(types.stream().filter("step.delta"::equals).count() > 3, "text comes in several deltas");
    assertEquals(unaryText(), text.toString());
    assertEquals(text.toString(), result.text());
    assertEquals(InteractionStatus.COMPLETED, result.status());
    assertTrue(result.usage().totalTokens() > 0);
    String body = SIMULATOR.simulator().requests().get(0).bodyText();
    assertTrue(body.endsWith(",\"stream\":true}"), body);
  }

  @Test
  void firstDelta_arrivesBeforeTheServerHasFinished() {
    SIMULATOR.simulator().faults().eventDelay(Duration.ofMillis(60));
    long start = System.nanoTime();
    long firstDelta = -1;
    try (InteractionStream stream = client.stream(story())) {
      while (stream.hasNext()) {
        if (stream.next() instanceof StreamEvent.StepDelta && firstDelta < 0) {
          firstDelta = System.nanoTime() - start;
        }
      }
    }
    long total = System.nanoTime() - start;

    assertTrue(firstDelta > 0);
    assertTrue(total - firstDelta > Duration.ofMillis(300).toNanos(),
        "first delta at " + firstDelta / 1_000_000 + " ms, end at " + total / 1_000_000 + " ms");
  }

  @Test
  void brokenStream_isResumedAfterTheLastEventId_withoutDuplicatesOrASecondCreate() {
    String expected = unaryText();
    int createdBefore = SIMULATOR.simulator().interactionsCreated();
    SIMULATOR.simulator().faults().dropStreamAfter(5, 1);

    Interaction result;
    List<String> eventIds = new ArrayList<>();
    try (InteractionStream stream = client.stream(story())) {
      stream.forEachRemaining(event -> eventIds.add(event.eventId()));
      result = stream.result();
    }

    assertEquals(expected, result.text());
    assertEquals(eventIds.size(), eventIds.stream().distinct().count(), "no event delivered twice");
    assertEquals(createdBefore + 1, SIMULATOR.simulator().interactionsCreated(), "one interaction only");
    List<RecordedRequest> requests = SIMULATOR.simulator().requests();
    RecordedRequest resume = requests.get(requests.size() - 1);
    assertEquals("GET", resume.method());
    assertEquals("/v1beta/interactions/" + result.id() + "?stream=true&last_event_id=" + eventIds.get(4), resume.pathAndQuery());
  }

  @Test
  void streamCutAtEveryEventBoundary_isResumedWithoutLossOrDuplicates() {
    String expected = unaryText();
    int events;
    try (InteractionStream stream = client.stream(story())) {
      List<StreamEvent> all = new ArrayList<>();
      stream.forEachRemaining(all::add);
      events = all.size();
    }
    for (int cut = 1; cut < events; cut++) {
      int createdBefore = SIMULATOR.simulator().interactionsCreated();
      SIMULATOR.simulator().faults().dropStreamAfter(cut, 1);
      List<String> ids = new ArrayList<>();
      Interaction result;
      try (InteractionStream stream = client.stream(story())) {
        stream.forEachRemaining(event -> ids.add(event.eventId()));
        result = stream.result();
      }
      assertEquals(expected, result.text(), "cut after " + cut + " events");
      assertEquals(events, ids.size(), "every event exactly once, cut after " + cut);
      assertEquals(ids.size(), ids.stream().distinct().count());
      assertEquals(createdBefore + 1, SIMULATOR.simulator().interactionsCreated(), "cut after " + cut);
    }
  }

  @Test
  void streamThatCannotBeResumed_endsWithAStreamExceptionCarryingTheIdAndPartialText() {
    SIMULATOR.simulator().faults().dropStreamAfter(4, 1);

    GeminiStreamException failure;
    try (InteractionStream stream = client.stream(story())) {
      for (int i = 0; i < 4; i++) {
        stream.next();
      }
      SIMULATOR.simulator().faults().resetNext(1000);
      failure = assertThrows(GeminiStreamException.class, stream::result);
    }

    assertEquals(failure.interactionId().orElseThrow(), SIMULATOR.simulator().requests().get(1).pathAndQuery().split("[/?]")[3]);
    assertTrue(PROMPT.length() > 0 && !failure.partialText().isEmpty(), failure.partialText());
    assertTrue(failure.getMessage().contains("resuming it failed"), failure.getMessage());
  }

  @Test
  void streamCutOnEveryConnection_stillCompletesByResuming() {
    String expected = unaryText();
    SIMULATOR.simulator().faults().dropStreamAfter(3);

    try (InteractionStream stream = client.stream(story())) {
      assertEquals(expected, stream.result().text());
    }
  }

  @Test
  void functionCallArguments_areAssembledFromChunks() {
    Tool weather = Tool.Function.of("get_weather", "Current weather in a city",
        "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},\"days\":{\"type\":\"integer\"}},\"required\":[\"city\",\"days\"]}");
    InteractionRequest request = InteractionRequest.model(Clients.MODEL).input("What is the weather in Paris for 3 days?")
        .tool(weather).build();

    Interaction result;
    try (InteractionStream stream = client.stream(request)) {
      result = stream.result();
    }

    assertEquals(InteractionStatus.REQUIRES_ACTION, result.status());
    Step.FunctionCall call = result.functionCalls().get(0);
    assertEquals("get_weather", call.name());
    assertEquals("Paris", call.arguments().get("city").asString());
    assertEquals(3, call.arguments().get("days").asInt());
    assertEquals(client.create(request).functionCalls().get(0).arguments(), call.arguments());
  }

  @Test
  void eventsAsJavaStream() {
    long deltas;
    try (var events = client.stream(story()).events()) {
      deltas = events.filter(event -> event instanceof StreamEvent.StepDelta).count();
    }
    assertTrue(deltas > 3);
  }
}
