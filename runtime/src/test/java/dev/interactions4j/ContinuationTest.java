package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.internal.ServiceSession;
import dev.interactions4j.schema.OutputType;
import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.tools.ToolFunction;
import dev.interactions4j.tools.ToolLoop;
import dev.interactions4j.tools.ToolRun;
import dev.interactions4j.tools.ToolSet;
import dev.interactions4j.wire.Input;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionStatus;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.WireJson;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Answers the server stops at its decode limit ({@code requires_continuation}) are continued by
 * every path that makes interactions, over HTTP against the simulator's decode-limit fault.
 */
@ExtendWith(SimulatorExtension.class)
class ContinuationTest {
  private static final String LONG = "Tell me about tides";
  private static final String WEATHER_PARAMS = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}";

  private static InteractionRequest ask(String text) {
    return InteractionRequest.model(Clients.MODEL).input(text).build();
  }

  /** The answer without a decode limit, then the limit set and the requests so far forgotten. */
  private static Interaction uncut(Simulator simulator, GeminiClient client, InteractionRequest request, int limit) {
    Interaction whole = client.create(request);
    simulator.faults().decodeTokenLimit(limit);
    simulator.clearRequests();
    return whole;
  }

  @Test
  void create_continuesEveryHop_andJoinsThemIntoTheUncutAnswer(Simulator simulator) {
    GeminiClient client = Clients.client(simulator);
    Interaction whole = uncut(simulator, client, ask(LONG), 10);

    Interaction joined = client.create(ask(LONG));

    List<RecordedRequest> hops = simulator.requests();
    assertTrue(hops.size() > 2, "hops: " + hops.size());
    assertEquals(InteractionStatus.COMPLETED, joined.status());
    assertNull(joined.continuationToken());
    assertEquals(whole.text(), joined.text());
    assertEquals(whole.steps(), joined.steps(), "one text again, as if uncut");
    assertEquals(hops.size(), joined.continuationIds().size());
    assertEquals(joined.id(), joined.continuationIds().get(hops.size() - 1));
    for (int hop = 1; hop < hops.size(); hop++) {
      JsonNode body = WireJson.readTree(hops.get(hop).bodyText());
      assertEquals(joined.continuationIds().get(hop - 1), body.get("previous_interaction_id").asString());
      assertTrue(body.get("continuation_token").asString().startsWith("ct_"), body.toString());
      assertFalse(body.has("input"), "a stored continuation sends no input");
    }
    for (String id : joined.continuationIds()) {
      assertEquals(id, client.get(id).id(), "every hop is reachable");
    }
    assertTrue(joined.usage().totalInputTokens() > whole.usage().totalInputTokens(), "each hop bills the input again");
    assertEquals(whole.usage().totalOutputTokens(), joined.usage().totalOutputTokens(), joined.usage().toString());
  }

  @Test
  void storeFalse_continuesBySendingTheInputAgain(Simulator simulator) {
    GeminiClient client = Clients.client(simulator);
    InteractionRequest request = ask(LONG).toBuilder().store(false).build();
    Interaction whole = uncut(simulator, client, request, 12);

    Interaction joined = client.create(request);

    assertEquals(whole.text(), joined.text());
    assertEquals(InteractionStatus.COMPLETED, joined.status());
    assertTrue(joined.continuationIds().isEmpty(), "no hop has an id");
    List<RecordedRequest> hops = simulator.requests();
    assertTrue(hops.size() > 1);
    JsonNode last = WireJson.readTree(hops.get(hops.size() - 1).bodyText());
    assertEquals(LONG, last.get("input").asString());
    assertFalse(last.has("previous_interaction_id"));
  }

  @Test
  void autoContinueOff_returnsTheFirstHop_andContinueAnswerFinishesIt(Simulator simulator) {
    GeminiClient client = Clients.builder(simulator).autoContinue(false).build();
    Interaction whole = uncut(simulator, client, ask(LONG), 10);

    Interaction first = client.create(ask(LONG));

    assertEquals(1, simulator.requests().size());
    assertEquals(InteractionStatus.REQUIRES_CONTINUATION, first.status());
    assertTrue(first.requiresContinuation());
    assertTrue(whole.text().startsWith(first.text()) && whole.text().length() > first.text().length());
    assertFalse(client.autoContinue());
    assertEquals(whole.text(), client.continueAnswer(ask(LONG), first).text());
  }

  @Test
  void hopBound_returnsTheJoinedAnswerStillToContinue(Simulator simulator) {
    GeminiClient client = Clients.builder(simulator).maxContinuationHops(1).build();
    Interaction whole = uncut(simulator, client, ask(LONG), 5);

    Interaction joined = client.create(ask(LONG));

    assertEquals(2, simulator.requests().size());
    assertEquals(InteractionStatus.REQUIRES_CONTINUATION, joined.status());
    assertTrue(joined.continuationToken().startsWith("ct_"));
    assertTrue(whole.text().startsWith(joined.text()), joined.text());
    Interaction more = client.continueAnswer(ask(LONG), joined);
    assertEquals(3, simulator.requests().size(), "one more hop at most per call");
    while (more.requiresContinuation()) {
      more = client.continueAnswer(ask(LONG), more);
    }
    assertEquals(whole.text(), more.text());
    assertThrows(IllegalArgumentException.class, () -> Clients.builder(simulator).maxContinuationHops(0));
  }

  @Test
  void theCallDeadline_boundsAllHopsTogether(Simulator simulator) {
    GeminiClient client = Clients.builder(simulator).callTimeout(Duration.ofMillis(900)).build();
    uncut(simulator, client, ask(LONG), 5);
    simulator.faults().latency(Duration.ofMillis(250));

    GeminiTimeoutException timeout = assertThrows(GeminiTimeoutException.class, () -> client.create(ask(LONG)));

    assertTrue(simulator.requests().size() >= 2, "more than one hop began: " + simulator.requests().size());
    assertTrue(timeout.getMessage().contains("continuation_token") || timeout.getMessage().contains("deadline"),
        timeout.getMessage());
  }

  @Test
  void generate_parsesStructuredOutputCutAcrossHops(Simulator simulator) {
    GeminiClient client = Clients.client(simulator);
    OutputType<List<String>> words = OutputType.of("words",
        "{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":6}", in -> in.readList(JsonInput::readString),
        (value, generator) -> JsonOutput.writeList(value, generator, JsonOutput::writeString));
    List<String> whole = client.generate(Clients.MODEL, "Six words about tides", words);
    simulator.faults().decodeTokenLimit(3);
    simulator.clearRequests();

    List<String> joined = client.generate(Clients.MODEL, "Six words about tides", words);

    assertEquals(whole, joined);
    assertTrue(simulator.requests().size() > 1, "hops: " + simulator.requests().size());
  }

  @Test
  void conversationAndServices_continue_andTheNextTurnFollowsTheLastHop(Simulator simulator) {
    GeminiClient client = Clients.client(simulator);
    String whole = client.create(ask(LONG)).text();
    Conversation chat = client.conversation(Clients.MODEL);
    chat.send("My name is Ada.");
    simulator.faults().decodeTokenLimit(4);

    Interaction long1 = chat.send(LONG);
    Interaction name = chat.send("What is my name?");

    assertEquals(InteractionStatus.COMPLETED, long1.status());
    assertEquals(long1.id(), long1.continuationIds().get(long1.continuationIds().size() - 1));
    assertEquals("Your name is Ada.", name.text());
    String service = ServiceSession.stateless(client, null).text(ask(LONG), Input.text(LONG));
    assertEquals(whole, service);
  }

  @Test
  void toolLoop_continuesUnaryAndStreamedHops(Simulator simulator) {
    GeminiClient client = Clients.client(simulator);
    ToolSet tools = ToolSet.of(ToolFunction.of("get_weather", "Current weather in a city", WEATHER_PARAMS,
        arguments -> "{\"city\":\"Paris\",\"temp_c\":21,\"sky\":\"clear with a light breeze from the west\"}"));
    InteractionRequest request = ask("What's the weather in Paris?");
    String whole = ToolLoop.builder(client, tools).build().run(request).text();
    simulator.faults().decodeTokenLimit(4);

    ToolRun unary = ToolLoop.builder(client, tools).build().run(request);
    ToolRun streamed = ToolLoop.builder(client, tools).streaming(true).build().run(request);

    assertEquals(whole, unary.text());
    assertEquals(InteractionStatus.COMPLETED, unary.result().status());
    assertTrue(unary.result().continuationIds().size() > 1);
    assertEquals(whole, streamed.text());
    assertEquals(InteractionStatus.COMPLETED, streamed.result().status());
  }

  @Test
  void aStream_isOneHop_endingAtRequiresContinuationWithItsToken(Simulator simulator) {
    GeminiClient client = Clients.client(simulator);
    Interaction whole = uncut(simulator, client, ask(LONG), 10);

    Interaction streamed;
    try (InteractionStream stream = client.stream(ask(LONG))) {
      streamed = stream.result();
    }

    assertEquals(1, simulator.requests().size());
    assertEquals(InteractionStatus.REQUIRES_CONTINUATION, streamed.status());
    assertTrue(streamed.continuationToken().startsWith("ct_"));
    Interaction finished = client.continueAnswer(ask(LONG), streamed);
    assertEquals(whole.text(), finished.text());
    assertEquals(whole.lastModelOutput(), finished.lastModelOutput());
    assertEquals(InteractionStatus.COMPLETED, finished.status());
  }

  @Test
  void streamedServiceText_andStreamedConversationTurns_areContinued(Simulator simulator) {
    GeminiClient client = Clients.client(simulator);
    String whole = client.create(ask(LONG)).text();
    Conversation chat = client.conversation(Clients.MODEL);
    chat.send("My name is Ada.");
    simulator.faults().decodeTokenLimit(6);

    String serviceText;
    try (java.util.stream.Stream<String> deltas = ServiceSession.stateless(client, null).textStream(ask(LONG), Input.text(LONG))) {
      serviceText = String.join("", deltas.toList());
    }
    Interaction hop;
    try (InteractionStream stream = chat.stream(LONG)) {
      hop = stream.result();
    }

    assertEquals(whole, serviceText);
    assertEquals(InteractionStatus.REQUIRES_CONTINUATION, hop.status());
    assertFalse(hop.id().equals(chat.lastInteractionId()), "the conversation moved on to the last hop");
    assertTrue(chat.turnUsages().get(1).totalOutputTokens() > hop.usage().totalOutputTokens(), chat.turnUsages().toString());
    assertEquals("Your name is Ada.", chat.send("What is my name?").text());
  }

  @Test
  void joinedHops_keepStepsBeforeTheText_andTheirCitationsMoveWithTheText() {
    Step.Thought thought = new Step.Thought("sig", List.of());
    Interaction first = new Interaction("v1_a", InteractionStatus.REQUIRES_CONTINUATION, "m", null, "t0", "t1",
        List.of(thought, new Step.ModelOutput(List.of(dev.interactions4j.wire.Content.text("Tidés ")), null)),
        null, null, "Tidés ", List.of(), "ct_1");
    Interaction second = new Interaction("v1_b", InteractionStatus.COMPLETED, "m", null, "t2", "t3",
        List.of(new Step.ModelOutput(List.of(new dev.interactions4j.wire.Content.Text("rise.", List.of(
            new dev.interactions4j.wire.TextAnnotation.UrlCitation("https://a.example", "A", 0, 5)))), null)),
        null, "v1_a", "rise.", List.of(), null);

    Interaction joined = Continuation.join(List.of(first, second));

    assertEquals(List.of("v1_a", "v1_b"), joined.continuationIds());
    assertEquals("v1_b", joined.id());
    assertEquals("t0", joined.created());
    assertEquals("t3", joined.updated());
    assertEquals("Tidés rise.", joined.text());
    assertEquals(2, joined.steps().size());
    dev.interactions4j.wire.Content.Text text = (dev.interactions4j.wire.Content.Text) joined.lastModelOutput().get().content().get(0);
    assertEquals("Tidés rise.", text.text());
    assertEquals(new dev.interactions4j.wire.TextAnnotation.UrlCitation("https://a.example", "A", 7, 12), text.annotations().get(0));
    assertEquals(joined, WireJson.readInteraction(WireJson.toJson(joined)), "continuation_ids are kept as Google's SDK writes them");
  }
}
