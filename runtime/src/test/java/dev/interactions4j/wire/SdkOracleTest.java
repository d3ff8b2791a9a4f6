package dev.interactions4j.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.genai.gaos.models.interactions.CreateModelInteraction;
import com.google.genai.gaos.utils.JSON;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Google's own SDK as the oracle of the wire format (test scope only): what we send reads into
 * its request model and writes back unchanged; what it writes reads into ours.
 */
class SdkOracleTest {
  private static final ObjectMapper SDK = JSON.getMapper();

  private static void assertSdkKeepsEveryField(InteractionRequest request) throws Exception {
    String ours = new String(WireJson.write(request), StandardCharsets.UTF_8);
    CreateModelInteraction parsed = SDK.readValue(ours, CreateModelInteraction.class);
    String theirs = SDK.writeValueAsString(parsed);
    assertEquals(SDK.readTree(ours), SDK.readTree(theirs), () -> "ours:   " + ours + "\ntheirs: " + theirs);
  }

  @Test
  void textRequest() throws Exception {
    assertSdkKeepsEveryField(InteractionRequest.model("gemini-3-flash-preview").input("Hi, my name is Ada.")
        .systemInstruction("Be brief.").previousInteractionId("v1_abc").store(true).build());
  }

  @Test
  void contentAndToolsAndConfig() throws Exception {
    assertSdkKeepsEveryField(InteractionRequest.model("gemini-3-flash-preview")
        .input(Input.of(Content.text("What is this?"), Content.image("image/png", "iVBORw0KGgo=")))
        .tool(Tool.Function.of("get_weather", "Weather in a city",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}"))
        .tool(Tool.googleSearch()).tool(Tool.codeExecution()).tool(Tool.urlContext())
        .tool(new Tool.McpServer("docs", "https://mcp.example.com/mcp", Map.of("Authorization", "Bearer t"),
            List.of(new Tool.AllowedTools("auto", List.of("search")))))
        .generationConfig(GenerationConfig.builder().temperature(0.5).topP(0.9).seed(7L).maxOutputTokens(200)
            .stopSequences(List.of("END")).thinkingLevel("low").thinkingSummaries("auto").toolChoice(ToolChoice.ANY).build())
        .responseFormat(ResponseFormat.json("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}"))
        .background(false).stream(false).build());
  }

  @Test
  void serviceTierEnvironmentAndWebhookConfig() throws Exception {
    assertSdkKeepsEveryField(InteractionRequest.model("gemini-3-flash-preview").input("Hi").serviceTier(ServiceTier.PRIORITY)
        .environment(EnvironmentSetting.remote(List.of(EnvironmentSetting.Source.inline("a.txt", "A")),
            EnvironmentSetting.Network.allowlist(Map.of("*.googleapis.com", Map.of()))))
        .webhookConfig(WebhookConfig.of("https://example.com/hook").withUserMetadata(Map.of("job", "42")))
        .background(true).build());
  }

  // The SDK models an object result as an empty class and drops its fields, so the oracle checks
  // string and content-list results; object results are covered by our own round-trip tests.
  @Test
  void functionResults() throws Exception {
    assertSdkKeepsEveryField(InteractionRequest.model("gemini-3-flash-preview").previousInteractionId("v1_abc")
        .input(Input.steps(List.of(
            new Step.FunctionResult("call_1", "get_weather", WireJson.readTree("[{\"type\":\"text\",\"text\":\"21 C, clear\"}]"), null, null),
            new Step.FunctionResult("call_2", "book", WireJson.readTree("\"no tables\""), true, null))))
        .build());
  }

  // A store: false round as the tool loop replays it. The SDK's function_call step has no
  // signature field (the reference shows one on step.start), so the call here carries none.
  @Test
  void replayedHistory_andAContinuationHop() throws Exception {
    assertSdkKeepsEveryField(InteractionRequest.model("gemini-3-flash-preview").store(false)
        .input(Input.steps(List.of(
            new Step.UserInput(List.of(Content.text("Weather in Paris?"))),
            new Step.Thought("c2lnX29uZQ==", List.of(Content.text("Considering"))),
            new Step.FunctionCall("call_1", "get_weather", WireJson.readObject("{\"city\":\"Paris\"}"), null),
            new Step.FunctionResult("call_1", "get_weather", WireJson.readTree("\"21 C\""), null, null),
            new Step.ModelOutput(List.of(Content.text("It is 21 C.")), null))))
        .continuationToken("ct_MTA").build());
  }

  // Google's SDK models video_config (its 'task'); the library keeps it unmodelled and still whole.
  @Test
  void generationConfigFieldsTheLibraryDoesNotModel() throws Exception {
    assertSdkKeepsEveryField(InteractionRequest.model("veo-3").input("A wave")
        .generationConfig(GenerationConfig.builder().seed(3L)
            .set("video_config", WireJson.readObject("{\"task\":\"text_to_video\"}")).build())
        .build());
  }

  @Test
  void interactionsTheSdkWrites_readIntoOurModel() throws Exception {
    String recorded = "{\"id\":\"v1_ChdQ\",\"status\":\"requires_action\",\"usage\":{\"total_input_tokens\":9,"
        + "\"total_output_tokens\":4,\"total_cached_tokens\":2,\"total_tokens\":13},\"created\":\"2026-11-24T10:00:00Z\","
        + "\"updated\":\"2026-11-24T10:00:01Z\",\"steps\":[{\"type\":\"thought\",\"signature\":\"c2lnbmF0dXJl\"},"
        + "{\"type\":\"model_output\",\"content\":[{\"type\":\"text\",\"text\":\"Checking.\",\"annotations\":[{\"type\":"
        + "\"url_citation\",\"url\":\"https://example.com\",\"title\":\"Example\",\"start_index\":0,\"end_index\":9}]}]},"
        + "{\"type\":\"function_call\",\"id\":\"call_1\",\"name\":\"get_weather\",\"arguments\":{\"city\":\"Paris\"}}],"
        + "\"object\":\"interaction\",\"model\":\"gemini-3-flash-preview\"}";
    com.google.genai.gaos.models.interactions.Interaction sdk =
        SDK.readValue(recorded, com.google.genai.gaos.models.interactions.Interaction.class);

    Interaction ours = WireJson.readInteraction(SDK.writeValueAsString(sdk));

    assertEquals("v1_ChdQ", ours.id());
    assertEquals(InteractionStatus.REQUIRES_ACTION, ours.status());
    assertEquals(13, ours.usage().totalTokens());
    assertEquals(2, ours.usage().totalCachedTokens());
    assertEquals(new Step.Thought("c2lnbmF0dXJl", List.of()), ours.steps().get(0));
    assertEquals(new Content.Text("Checking.", List.of(new TextAnnotation.UrlCitation("https://example.com", "Example", 0, 9))),
        ours.lastModelOutput().orElseThrow().content().get(0));
    Step.FunctionCall call = ours.functionCalls().get(0);
    assertEquals("call_1", call.id());
    assertEquals("Paris", call.arguments().get("city").asString());
    assertEquals("2026-11-24T10:00:01Z", ours.updated());
  }
}
