package dev.interactions4j.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.Conversation;
import dev.interactions4j.GeminiClient;
import dev.interactions4j.InteractionStream;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionStatus;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.Tool;
import dev.interactions4j.wire.ToolChoice;
import dev.interactions4j.wire.GenerationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Built-in tools' steps come back typed; manual mode answers calls by hand; tool_choice is sent. */
@ExtendWith(SimulatorExtension.class)
class BuiltInToolsTest {
  private static final String MODEL = "gemini-3-flash-preview";

  private static GeminiClient client(Simulator simulator) {
    return GeminiClient.builder().baseUrl(simulator.baseUrl()).apiKey("k").build();
  }

  private static InteractionRequest everyBuiltIn(String input) {
    return InteractionRequest.model(MODEL).input(input)
        .tool(Tool.googleSearch()).tool(Tool.urlContext()).tool(Tool.codeExecution())
        .tool(new Tool.McpServer("docs", "https://mcp.example.com/mcp", Map.of("Authorization", "Bearer t"),
            List.of(new Tool.AllowedTools("auto", List.of("search_docs")))))
        .build();
  }

  @Test
  void builtInToolSteps_areTyped_unaryAndStreamed(Simulator simulator) {
    String input = "Calculate 19 + 23 from https://example.com/data and search_docs for the method";
    Interaction unary = client(simulator).create(everyBuiltIn(input));
    Interaction streamed;
    try (InteractionStream stream = client(simulator).stream(everyBuiltIn(input))) {
      streamed = stream.result();
    }

    for (Interaction answer : List.of(unary, streamed)) {
      assertEquals(List.of(input), answer.steps(Step.GoogleSearchCall.class).get(0).queries());
      assertEquals(List.of("https://example.com/data"), answer.steps(Step.UrlContextCall.class).get(0).urls());
      Step.CodeExecutionCall code = answer.steps(Step.CodeExecutionCall.class).get(0);
      assertEquals("python", code.language());
      Step.CodeExecutionResult output = answer.steps(Step.CodeExecutionResult.class).get(0);
      assertEquals(code.id(), output.callId());
      assertEquals("42\n", output.result());
      Step.McpServerToolCall mcp = answer.steps(Step.McpServerToolCall.class).get(0);
      assertEquals("search_docs", mcp.name());
      assertEquals("docs", mcp.serverName());
      assertEquals(1, answer.steps(Step.McpServerToolResult.class).size());
      assertEquals(1, answer.steps(Step.GoogleSearchResult.class).size());
      assertEquals(1, answer.steps(Step.UrlContextResult.class).size());
    }
  }

  @Test
  void manualMode_theCallerAnswersTheTypedCallsItself(Simulator simulator) {
    ToolSet tools = ToolSet.of(ToolFunction.of("get_weather", "Weather", "{\"type\":\"object\",\"properties\":"
        + "{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}", arguments -> "{\"temp_c\":18}"));
    Conversation chat = client(simulator).conversationBuilder(MODEL).tools(tools.declarations()).build();

    Interaction pending = chat.send("What's the weather in Lisbon?");
    assertEquals(InteractionStatus.REQUIRES_ACTION, pending.status());
    List<Step.FunctionResult> results = new ArrayList<>();
    for (Step.FunctionCall call : pending.functionCalls()) {
      assertEquals("Lisbon", call.arguments().get("city").asString());
      results.add(tools.execute(call, ToolErrorPolicy.RETHROW));
    }
    Interaction answer = chat.sendResults(results);

    assertEquals(InteractionStatus.COMPLETED, answer.status());
    assertEquals("According to get_weather: {\"temp_c\":18}.", answer.text());
  }

  @Test
  void toolChoice_isSentAndHonoured(Simulator simulator) {
    ToolSet tools = ToolSet.of(ToolFunction.of("get_time", null, "{\"type\":\"object\"}", arguments -> "{\"time\":\"noon\"}"));

    ToolRun forced = ToolLoop.builder(client(simulator), tools).build().run(InteractionRequest.model(MODEL).input("hello")
        .generationConfig(GenerationConfig.builder().toolChoice(ToolChoice.allowed("any", "get_time")).build()).build());

    assertEquals(1, forced.rounds());
    assertTrue(simulator.requests().get(0).bodyText()
        .contains("\"tool_choice\":{\"allowed_tools\":{\"mode\":\"any\",\"tools\":[\"get_time\"]}}"));
  }
}
