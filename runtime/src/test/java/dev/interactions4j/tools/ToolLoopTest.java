package dev.interactions4j.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.GeminiClient;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionStatus;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.WireJson;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** The function-calling loop against the simulator over HTTP. */
@ExtendWith(SimulatorExtension.class)
class ToolLoopTest {
  private static final String MODEL = "gemini-3-flash-preview";
  private static final String WEATHER_PARAMS = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}";
  private static final String BOOK_PARAMS = "{\"type\":\"object\",\"properties\":{\"restaurant\":{\"type\":\"string\"},"
      + "\"people\":{\"type\":\"integer\",\"minimum\":1}},\"required\":[\"restaurant\",\"people\"]}";

  private static GeminiClient client(Simulator simulator) {
    return GeminiClient.builder().baseUrl(simulator.baseUrl()).apiKey("k").build();
  }

  private static ToolFunction weather(FunctionInvoker invoker) {
    return ToolFunction.of("get_weather", "Current weather in a city", WEATHER_PARAMS, invoker);
  }

  private static String city(String arguments) {
    return WireJson.readObject(arguments).get("city").asString();
  }

  @Test
  void oneCall_runsTheFunction_andSendsItsResultWithTheCallId(Simulator simulator) {
    ToolSet tools = ToolSet.of(weather(arguments -> "{\"city\":\"" + city(arguments) + "\",\"temp_c\":21}"));

    ToolRun run = ToolLoop.builder(client(simulator), tools).build()
        .run(InteractionRequest.model(MODEL).input("What's the weather in Paris?").build());

    assertEquals(1, run.rounds());
    assertEquals(InteractionStatus.COMPLETED, run.result().status());
    assertEquals("According to get_weather: {\"city\":\"Paris\",\"temp_c\":21}.", run.text());
    List<RecordedRequest> requests = simulator.requests();
    assertEquals(2, requests.size());
    JsonNode followUp = WireJson.readTree(requests.get(1).bodyText());
    assertEquals(run.calls().get(0).id(), followUp.get("input").get(0).get("call_id").asString());
    assertEquals("function_result", followUp.get("input").get(0).get("type").asString());
    assertFalse(followUp.get("previous_interaction_id").asString().isEmpty());
    assertEquals("function", followUp.get("tools").get(0).get("type").asString(), "declarations go with every turn");
  }

  @Test
  void parallelCalls_runAtTheSameTime_andTheirResultsGoInOneFollowUp(Simulator simulator) {
    CyclicBarrier both = new CyclicBarrier(2);
    FunctionInvoker waitForTheOther = arguments -> {
      both.await(5, TimeUnit.SECONDS); // times out unless both calls run at once
      return "{\"ok\":true}";
    };
    ToolSet tools = ToolSet.of(weather(waitForTheOther), ToolFunction.of("book_table", "Books a table", BOOK_PARAMS, waitForTheOther));

    ToolRun run = ToolLoop.builder(client(simulator), tools).build()
        .run(InteractionRequest.model(MODEL).input("Check the weather in Rome and book a table at Da Enzo").build());

    assertEquals(2, run.calls().size());
    assertEquals(1, run.rounds());
    assertEquals(2, WireJson.readTree(simulator.requests().get(1).bodyText()).get("input").size());
    assertTrue(run.results().stream().noneMatch(result -> Boolean.TRUE.equals(result.isError())), run.results().toString());
  }

  @Test
  void throwingTool_sendsTheErrorToTheModel(Simulator simulator) {
    ToolSet tools = ToolSet.of(weather(arguments -> {
      throw new IllegalStateException("weather service down");
    }));

    ToolRun run = ToolLoop.builder(client(simulator), tools).build()
        .run(InteractionRequest.model(MODEL).input("weather in Oslo?").build());

    assertEquals(Boolean.TRUE, run.results().get(0).isError());
    assertEquals("The tool get_weather failed: {\"error\":\"weather service down\"}.", run.text());
  }

  @Test
  void throwingTool_withRethrow_stopsTheLoopTyped(Simulator simulator) {
    ToolSet tools = ToolSet.of(weather(arguments -> {
      throw new IllegalStateException("weather service down");
    }));

    ToolExecutionException failure = assertThrows(ToolExecutionException.class,
        () -> ToolLoop.builder(client(simulator), tools).onToolError(ToolErrorPolicy.RETHROW).build()
            .run(InteractionRequest.model(MODEL).input("weather in Oslo?").build()));

    assertEquals("get_weather", failure.functionName());
    assertTrue(failure.interactionId().isPresent());
    assertEquals("weather service down", failure.getCause().getMessage());
  }

  @Test
  void invalidArguments_andUnknownFunctions_neverReachUserCode(Simulator simulator) {
    AtomicInteger userCalls = new AtomicInteger();
    ToolSet tools = ToolSet.of(weather(arguments -> {
      JsonNode city = WireJson.readObject(arguments).get("city");
      if (city == null || !city.isString()) {
        throw new OutputMismatchException("/city", "a string", String.valueOf(city));
      }
      userCalls.incrementAndGet();
      return "{}";
    }));
    GeminiClient client = client(simulator);
    Interaction pending = client.create(InteractionRequest.model(MODEL).input("weather in Lima and Quito")
        .tools(tools.declarations()).build());
    String callId = pending.functionCalls().get(0).id();
    simulator.faults().respondNext(200, "application/json", "{\"id\":\"" + pending.id() + "\",\"status\":\"requires_action\","
        + "\"steps\":[{\"type\":\"function_call\",\"id\":\"" + callId + "\",\"name\":\"get_weather\",\"arguments\":{\"city\":42}}],"
        + "\"object\":\"interaction\",\"model\":\"" + MODEL + "\"}");

    ToolRun run = ToolLoop.builder(client, tools).build().run(InteractionRequest.model(MODEL).input("weather in Lima").build());

    assertEquals(0, userCalls.get());
    String error = run.results().get(0).result().get("error").asString();
    assertTrue(error.startsWith("Invalid arguments for 'get_weather': ") && error.contains("/city"), error);
    assertTrue(run.text().startsWith("The tool get_weather failed"), run.text());

    Step.FunctionResult unknown = tools.execute(new Step.FunctionCall("c9", "launch_rockets", WireJson.readObject("{}"), null),
        ToolErrorPolicy.RETHROW);
    assertEquals(Boolean.TRUE, unknown.isError());
    assertEquals("Unknown function 'launch_rockets'; the functions are [get_weather]", unknown.result().get("error").asString());
  }

  @Test
  void roundCap_endsWithATypedException(Simulator simulator) {
    ToolSet tools = ToolSet.of(weather(arguments -> "{\"temp_c\":1}"));

    ToolLoopException failure = assertThrows(ToolLoopException.class, () -> ToolLoop.builder(client(simulator), tools)
        .maxRounds(3).build().run(InteractionRequest.model(MODEL).input("Keep calling get_weather for Paris").build()));

    assertEquals(3, failure.rounds());
    assertEquals(4, simulator.requests().size());
    assertTrue(failure.interactionId().isPresent());
  }

  @Test
  void streamedLoop_survivesAStreamCutMidLoop(Simulator simulator) {
    int createdBefore = simulator.interactionsCreated();
    simulator.faults().dropStreamAfter(4, 1);
    ToolSet tools = ToolSet.of(weather(arguments -> "{\"temp_c\":30}"));

    ToolRun run = ToolLoop.builder(client(simulator), tools).streaming(true).build()
        .run(InteractionRequest.model(MODEL).input("What's the weather in Cairo?").build());

    assertEquals("According to get_weather: {\"temp_c\":30}.", run.text());
    assertEquals("Cairo", run.calls().get(0).arguments().get("city").asString());
    assertEquals(createdBefore + 2, simulator.interactionsCreated(), "two turns, no duplicate from the resume");
  }

  @Test
  void resultsThatAreNotObjects_areWrapped() {
    ToolSet tools = ToolSet.of(ToolFunction.of("list", null, "{\"type\":\"object\"}", arguments -> "[1,2]"),
        ToolFunction.of("nothing", null, "{\"type\":\"object\"}", arguments -> null));

    Step.FunctionResult list = tools.execute(new Step.FunctionCall("a", "list", null, null), ToolErrorPolicy.SEND_TO_MODEL);
    Step.FunctionResult nothing = tools.execute(new Step.FunctionCall("b", "nothing", null, null), ToolErrorPolicy.SEND_TO_MODEL);

    assertEquals(WireJson.readTree("{\"result\":[1,2]}"), list.result());
    assertEquals(WireJson.readTree("{\"result\":null}"), nothing.result());
  }

  @Test
  void combiningToolSets_refusesADuplicateName() {
    ToolSet first = ToolSet.of(weather(arguments -> "{}"));
    ToolSet second = ToolSet.of(weather(arguments -> "{}"));

    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> ToolSet.combine(first, second));

    assertEquals("Function name 'get_weather' is declared twice; rename one with @GeminiTool.Name or bind the tool sets separately",
        failure.getMessage());
  }
}
