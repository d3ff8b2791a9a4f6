package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.tools.ToolFunction;
import dev.interactions4j.tools.ToolLoop;
import dev.interactions4j.tools.ToolLoopException;
import dev.interactions4j.tools.ToolRun;
import dev.interactions4j.tools.ToolSet;
import dev.interactions4j.wire.GenerationConfig;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionStatus;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.Tool;
import dev.interactions4j.wire.WireJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Zero data retention ({@code store: false}): the answers have no id to chain to, so the tool loop
 * and conversations replay the whole history, signatures exactly as the model gave them; the
 * simulator refuses what the API refuses (a chained id, an altered or dropped signature).
 */
@ExtendWith(SimulatorExtension.class)
class StoreFalseTest {
  private static final String WEATHER_PARAMS = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}";
  private static final GenerationConfig THINKING = GenerationConfig.builder().thinkingLevel("low").build();

  private static ToolSet weather() {
    return ToolSet.of(ToolFunction.of("get_weather", "Current weather in a city", WEATHER_PARAMS,
        arguments -> "{\"temp_c\":21}"));
  }

  private static List<String> types(JsonNode steps) {
    List<String> types = new java.util.ArrayList<>();
    steps.forEach(step -> types.add(step.get("type").asString()));
    return types;
  }

  @Test
  void toolLoop_replaysTheWholeHistory_withTheThoughtSignature(Simulator simulator) {
    GeminiClient client = Clients.client(simulator);
    InteractionRequest request = InteractionRequest.model(Clients.MODEL).input("What's the weather in Paris?")
        .store(false).generationConfig(THINKING).build();

    ToolRun run = ToolLoop.builder(client, weather()).build().run(request);

    assertEquals(InteractionStatus.COMPLETED, run.result().status());
    assertEquals("According to get_weather: {\"temp_c\":21}.", run.text());
    assertNull(run.result().id());
    JsonNode first = WireJson.readTree(simulator.requests().get(0).bodyText());
    JsonNode followUp = WireJson.readTree(simulator.requests().get(1).bodyText());
    assertFalse(followUp.has("previous_interaction_id"));
    assertEquals(List.of("user_input", "thought", "function_call", "function_result"), types(followUp.get("input")));
    assertEquals(first.get("input").asString(), followUp.get("input").get(0).get("content").get(0).get("text").asString());
    assertTrue(followUp.get("input").get(1).get("signature").asString().startsWith("sig_"));
  }

  @Test
  void toolLoop_overSeveralRounds_sendsEveryCallAndResultSoFar(Simulator simulator) {
    GeminiClient client = Clients.client(simulator);
    InteractionRequest request = InteractionRequest.model(Clients.MODEL)
        .input("Weather in Paris, and keep calling get_weather").store(false).generationConfig(THINKING).build();

    assertThrows(ToolLoopException.class, () -> ToolLoop.builder(client, weather()).maxRounds(2).build().run(request));

    JsonNode third = WireJson.readTree(simulator.requests().get(2).bodyText());
    assertEquals(List.of("user_input", "thought", "function_call", "function_result", "thought", "function_call",
        "function_result"), types(third.get("input")));
    assertEquals(3, simulator.requests().size());
  }

  @Test
  void conversation_remembersByReplayingTheHistory(Simulator simulator) {
    Conversation chat = Clients.client(simulator).conversationBuilder(Clients.MODEL).store(false).build();

    chat.send("Hi, my name is Ada.");
    Interaction answer = chat.send("What is my name?");

    assertEquals("Your name is Ada.", answer.text());
    assertNull(chat.lastInteractionId());
    JsonNode second = WireJson.readTree(simulator.requests().get(1).bodyText());
    assertFalse(second.has("previous_interaction_id"));
    assertEquals(List.of("user_input", "model_output", "user_input"), types(second.get("input")));
    assertEquals(List.of("user_input", "model_output", "user_input", "model_output"),
        chat.history().stream().map(Step::type).toList());
  }

  @Test
  void conversation_sendsFunctionResults_afterTheCallsAndTheirSignatures(Simulator simulator) {
    Conversation chat = Clients.client(simulator).conversationBuilder(Clients.MODEL).store(false)
        .generationConfig(THINKING).tools(List.of(Tool.Function.of("get_weather", "Current weather", WEATHER_PARAMS))).build();

    Interaction asked = chat.send("What is the weather in Rome?");
    Step.FunctionCall call = asked.functionCalls().get(0);
    Interaction answered = chat.sendResults(List.of(new Step.FunctionResult(call.id(), call.name(),
        WireJson.readTree("\"18 C\""), null, null)));

    assertEquals(InteractionStatus.REQUIRES_ACTION, asked.status());
    assertEquals("According to get_weather: 18 C.", answered.text());
    String sent = simulator.requests().get(1).bodyText();
    String signature = ((Step.Thought) asked.steps().get(0)).signature();
    assertTrue(sent.contains("\"signature\":\"" + signature + "\""), sent);
  }

  @Test
  void aStoreFalseTurn_thatNamesAPreviousInteraction_isRefused(Simulator simulator) {
    GeminiClient client = Clients.client(simulator);
    Interaction stored = client.create(InteractionRequest.model(Clients.MODEL).input("Hello").build());

    GeminiApiException refused = assertThrows(GeminiApiException.class, () -> client.create(InteractionRequest
        .model(Clients.MODEL).input("Again").store(false).previousInteractionId(stored.id()).build()));

    assertEquals(400, refused.httpStatus());
    assertTrue(refused.serverMessage().orElse("").contains("store"), refused.rawBody());
  }
}
