package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.GenerationConfig;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionRequestBuilder;
import dev.interactions4j.wire.ResponseFormat;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.Tool;
import dev.interactions4j.wire.WireJson;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A streamed answer's {@code result()} equals the unary answer of the same interaction, step for
 * step and field for field, for every step kind, content kind and annotation the simulator sends.
 */
@ExtendWith(SimulatorExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StreamEqualsUnaryTest {
  private static final String MODEL = "gemini-3-flash-preview";

  private static InteractionRequestBuilder ask(String input) {
    return InteractionRequest.model(MODEL).input(input);
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of("search", ask("Who won the 2022 World Cup?").tool(Tool.googleSearch())),
        Arguments.of("url context", ask("Summarize https://example.com/a").tool(Tool.urlContext())),
        Arguments.of("code execution", ask("Calculate 2 plus 40").tool(Tool.codeExecution())),
        Arguments.of("mcp", ask("Use search_docs for interactions").tool(new Tool.McpServer("docs",
            "https://mcp.example.com/mcp", Map.of(), List.of(new Tool.AllowedTools("auto", List.of("search_docs")))))),
        Arguments.of("file search", ask("What do my notes say about tides?")
            .tool(new Tool.FileSearch(List.of("fileSearchStores/notes"), null, null))),
        Arguments.of("maps", ask("Coffee near the Louvre")
            .tool(new Tool.Unknown("google_maps", WireJson.readObject("{\"type\":\"google_maps\"}")))),
        Arguments.of("thought summary", ask("Think about tides")
            .generationConfig(GenerationConfig.builder().thinkingLevel("low").thinkingSummaries("auto").build())),
        Arguments.of("function call", ask("What is the weather in Paris?").tool(Tool.Function.of("get_weather", "Weather",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}"))),
        Arguments.of("image by data", ask("A red fox").responseModalities("image")),
        Arguments.of("image by uri", ask("A red fox").responseFormat(new ResponseFormat.Image("image/png", null, null, "uri"))),
        Arguments.of("audio", ask("Say hello").responseModalities("audio")),
        Arguments.of("video by data", ask("A red fox").responseModalities("video")),
        Arguments.of("video by uri", ask("A red fox").responseFormat(new ResponseFormat.Unknown("video",
            WireJson.readObject("{\"type\":\"video\",\"delivery\":\"uri\"}")))),
        Arguments.of("document", ask("A red fox").responseModalities("document")),
        Arguments.of("every tool at once", ask("Calculate 19 + 23 from https://example.com/data and search_docs")
            .tool(Tool.googleSearch()).tool(Tool.urlContext()).tool(Tool.codeExecution())
            .tool(new Tool.McpServer("docs", "https://mcp.example.com/mcp", Map.of(),
                List.of(new Tool.AllowedTools("auto", List.of("search_docs")))))
            .tool(new Tool.FileSearch(List.of("fileSearchStores/notes"), null, null))
            .tool(new Tool.Unknown("google_maps", WireJson.readObject("{\"type\":\"google_maps\"}")))
            .generationConfig(GenerationConfig.builder().thinkingLevel("low").thinkingSummaries("auto").build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void attachedStream_ofAUnaryAnswer_equalsIt(String kind, InteractionRequestBuilder request, Simulator simulator) {
    try (GeminiClient client = Clients.client(simulator)) {
      Interaction unary = client.create(request.build());

      Interaction streamed;
      try (InteractionStream stream = client.attach(unary.id())) {
        streamed = stream.result();
      }

      assertFalse(unary.steps().isEmpty());
      assertSame(unary, streamed);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void streamedCreate_equalsTheStoredAnswer(String kind, InteractionRequestBuilder request, Simulator simulator) {
    try (GeminiClient client = Clients.client(simulator)) {
      Interaction streamed;
      try (InteractionStream stream = client.stream(request.build())) {
        streamed = stream.result();
      }
      Interaction stored = client.get(streamed.id());

      List<Step> output = stored.steps().subList(1, stored.steps().size()); // a get starts with the user_input
      assertEquals(output, streamed.steps());
      assertEquals(stored.usage(), streamed.usage());
      assertEquals(stored.created(), streamed.created());
      assertEquals(stored.serviceTier(), streamed.serviceTier());
      assertNotNull(streamed.updated());
    }
  }

  /** Everything but the conveniences a stream never carries ({@code output_text}, which steps hold). */
  static void assertSame(Interaction unary, Interaction streamed) {
    assertEquals(unary.steps(), streamed.steps());
    assertEquals(unary.id(), streamed.id());
    assertEquals(unary.status(), streamed.status());
    assertEquals(unary.model(), streamed.model());
    assertEquals(unary.usage(), streamed.usage());
    assertEquals(unary.created(), streamed.created());
    assertEquals(unary.updated(), streamed.updated());
    assertEquals(unary.serviceTier(), streamed.serviceTier());
    assertEquals(unary.environmentId(), streamed.environmentId());
    assertEquals(unary.continuationToken(), streamed.continuationToken());
    assertEquals(unary.text(), streamed.text());
  }

}
