package dev.interactions4j.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.GeminiClient;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.tools.ToolErrorPolicy;
import dev.interactions4j.tools.ToolExecutionException;
import dev.interactions4j.tools.ToolLoop;
import dev.interactions4j.tools.ToolRun;
import dev.interactions4j.tools.ToolSet;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.WireJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Generated @GeminiTool declarations and dispatchers in the loop, against the simulator over HTTP. */
@ExtendWith(SimulatorExtension.class)
class ToolsEndToEndTest {
  private static final String MODEL = "gemini-3-flash-preview";

  private static GeminiClient client(Simulator simulator) {
    return GeminiClient.builder().baseUrl(simulator.baseUrl()).apiKey("k").build();
  }

  @Test
  void generatedDeclarations_areSent_andParallelCallsReachTheImplementation(Simulator simulator) {
    LocalTravelTools local = new LocalTravelTools();

    ToolRun run = ToolLoop.builder(client(simulator), TravelToolsFunctions.bind(local)).build()
        .run(InteractionRequest.model(MODEL).input("What's the weather in Paris, and book a table at Chez Anna for 4 people?").build());

    assertEquals(List.of("weather", "book"), run.calls().stream().map(Step.FunctionCall::name).toList());
    assertEquals(2, local.calls().size());
    assertTrue(local.calls().contains("book(Chez Anna, 2026-01-15, 4)"), local.calls().toString());
    assertTrue(local.calls().contains("weather(Paris, CELSIUS)"), local.calls().toString());
    JsonNode sent = WireJson.readTree(simulator.requests().get(0).bodyText()).get("tools");
    assertEquals(WireJson.readTree(TravelToolsFunctions.DECLARATIONS_JSON), sent);
    assertTrue(run.text().contains("\"reference\":\"BK-"), run.text());
  }

  @Test
  void argumentsThatBreakAConstraint_neverReachTheImplementation(Simulator simulator) {
    LocalTravelTools local = new LocalTravelTools();
    ToolSet tools = TravelToolsFunctions.bind(local);
    GeminiClient client = client(simulator);
    Interaction pending = client.create(InteractionRequest.model(MODEL).input("book a table at Da Enzo")
        .tools(tools.declarations()).build());
    String callId = pending.functionCalls().get(0).id();
    simulator.faults().respondNext(200, "application/json", "{\"id\":\"" + pending.id() + "\",\"status\":\"requires_action\","
        + "\"steps\":[{\"type\":\"function_call\",\"id\":\"" + callId + "\",\"name\":\"book\",\"arguments\":"
        + "{\"restaurant\":\"Da Enzo\",\"day\":\"2026-12-01\",\"people\":0}}],\"object\":\"interaction\"}");

    ToolRun run = ToolLoop.builder(client, tools).build().run(InteractionRequest.model(MODEL).input("book a table").build());

    assertEquals(List.of(), local.calls());
    Step.FunctionResult result = run.results().get(0);
    assertEquals(Boolean.TRUE, result.isError());
    String error = result.result().get("error").asString();
    assertTrue(error.startsWith("Invalid arguments for 'book': ") && error.contains("/people"), error);
  }

  @Test
  void checkedExceptionsOfTheImplementation_goToTheModel_orStopTheLoop(Simulator simulator) {
    String prompt = "Book a table at Chez Anna for 10 people";

    ToolRun sent = ToolLoop.builder(client(simulator), TravelToolsFunctions.bind(new LocalTravelTools())).build()
        .run(InteractionRequest.model(MODEL).input(prompt).build());
    ToolExecutionException stopped = org.junit.jupiter.api.Assertions.assertThrows(ToolExecutionException.class,
        () -> ToolLoop.builder(client(simulator), TravelToolsFunctions.bind(new LocalTravelTools()))
            .onToolError(ToolErrorPolicy.RETHROW).build().run(InteractionRequest.model(MODEL).input(prompt).build()));

    assertTrue(sent.text().contains("The tool book failed: {\"error\":\"No table for 10 at Chez Anna\"}"), sent.text());
    assertTrue(stopped.getCause() instanceof TravelTools.BookingException);
  }
}
