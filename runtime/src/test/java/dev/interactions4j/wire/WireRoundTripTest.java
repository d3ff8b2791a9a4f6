package dev.interactions4j.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** Every member of every family survives write then read; recorded JSON survives read then write. */
class WireRoundTripTest {
  private static final ObjectNode ARGS = WireJson.readObject("{\"city\":\"Paris\",\"days\":[1,2]}");

  static Stream<Step> steps() {
    return Stream.of(
        new Step.UserInput(List.of(Content.text("Hi"), Content.image("image/png", "AAAA"))),
        new Step.ModelOutput(List.of(Content.text("Hello")), null),
        new Step.ModelOutput(List.of(), new StepError("500", "boom", WireJson.readTree("[{\"x\":1}]"))),
        new Step.Thought("c2ln", List.of(Content.text("Thinking"))),
        new Step.Thought(null, List.of()),
        new Step.FunctionCall("call_1", "get_weather", ARGS, "c2ln"),
        new Step.FunctionResult("call_1", "get_weather", WireJson.readTree("{\"temp_c\":21}"), null, null),
        new Step.FunctionResult("call_2", null, WireJson.readTree("\"failed\""), true, "c2ln"),
        new Step.FunctionResult("call_3", "img", WireJson.readTree("[{\"type\":\"text\",\"text\":\"ok\"}]"), false, null),
        new Step.CodeExecutionCall("c1", "print(1)", "python", "s"),
        new Step.CodeExecutionResult("c1", "1\n", false, "s"),
        new Step.GoogleSearchCall("g1", List.of("tides", "moon"), "web_search", ""),
        new Step.GoogleSearchResult("g1", WireJson.readTree("[{\"search_suggestions\":\"<div/>\"}]"), null, ""),
        new Step.UrlContextCall("u1", List.of("https://example.com"), null),
        new Step.UrlContextResult("u1", WireJson.readTree("[{\"url\":\"https://example.com\",\"status\":\"success\"}]"), null, null),
        new Step.McpServerToolCall("m1", "search", "docs", ARGS),
        new Step.McpServerToolResult("m1", "search", "docs", WireJson.readTree("{\"hits\":3}")),
        new Step.Unknown("file_search_call", WireJson.readObject("{\"type\":\"file_search_call\",\"id\":\"f1\",\"x\":[1]}")));
  }

  @ParameterizedTest
  @MethodSource("steps")
  void everyStep_roundTrips(Step step) {
    assertEquals(step, WireJson.readStep(WireJson.toJson(step)));
  }

  static Stream<Content> contents() {
    return Stream.of(
        Content.text("plain"),
        new Content.Text("cited", List.of(new TextAnnotation.UrlCitation("https://a.example", "A", 0, 5),
            new TextAnnotation.Unknown("place_citation", WireJson.readObject("{\"type\":\"place_citation\",\"place_id\":\"p\"}")))),
        new Content.Image(MediaData.ofBase64("AAAA"), null, "image/png", "high"),
        Content.imageUri("image/jpeg", "https://files.example/1"),
        new Content.Audio(MediaData.ofBytes(new byte[] {0, 1, 2}), null, "audio/wav", 24000, 1),
        new Content.Video(null, "https://files.example/v", "video/mp4", null, null),
        new Content.Video(MediaData.ofBase64("AAAA"), null, "video/mp4", "low",
            WireJson.readObject("{\"start_offset\":\"10s\",\"end_offset\":\"20s\",\"fps\":0.5}")),
        new Content.Document(MediaData.ofBase64("JVBERi0="), null, "application/pdf"),
        new Content.Unknown("hologram", WireJson.readObject("{\"type\":\"hologram\",\"depth\":3}")));
  }

  @ParameterizedTest
  @MethodSource("contents")
  void everyContent_roundTrips(Content content) {
    assertEquals(content, WireJson.readContent(WireJson.toJson(content)));
  }

  static Stream<Tool> tools() {
    return Stream.of(
        Tool.Function.of("get_weather", "Weather", "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}"),
        new Tool.Function("no_params", null, null),
        new Tool.GoogleSearch(List.of("web_search")), Tool.googleSearch(), Tool.codeExecution(), Tool.urlContext(),
        new Tool.McpServer("docs", "https://mcp.example/mcp", Map.of("Authorization", "Bearer x"),
            List.of(new Tool.AllowedTools("auto", List.of("search")))),
        new Tool.FileSearch(List.of("stores/a"), 5, "year > 2020"),
        new Tool.Unknown("computer_use", WireJson.readObject("{\"type\":\"computer_use\",\"environment\":\"browser\"}")));
  }

  @ParameterizedTest
  @MethodSource("tools")
  void everyTool_roundTrips(Tool tool) {
    assertEquals(tool, WireJson.readTool(WireJson.toJson(tool)));
  }

  static Stream<ResponseFormat> formats() {
    return Stream.of(ResponseFormat.json("{\"type\":\"string\"}"), new ResponseFormat.Text("text/plain", null),
        new ResponseFormat.Image("image/png", "16:9", "2K", "inline"), new ResponseFormat.Audio("audio/wav", 24000, 128000, "inline"),
        new ResponseFormat.Unknown("video", WireJson.readObject("{\"type\":\"video\",\"mime_type\":\"video/mp4\"}")));
  }

  @ParameterizedTest
  @MethodSource("formats")
  void everyResponseFormat_roundTrips(ResponseFormat format) {
    assertEquals(format, WireJson.readResponseFormat(WireJson.toJson(format)));
  }

  static Stream<StreamEvent> events() {
    Interaction header = new Interaction("v1_a", InteractionStatus.IN_PROGRESS, "m", null, null, null, List.of(), null, null, null, List.of(), null, null, null);
    Usage usage = WireJson.readUsage("{\"total_input_tokens\":3,\"total_tokens\":5,\"input_tokens_by_modality\":[{\"modality\":\"text\",\"tokens\":3}]}");
    return Stream.of(
        new StreamEvent.Created("e1", null, header),
        new StreamEvent.StatusUpdate("e2", usage, "v1_a", InteractionStatus.IN_PROGRESS),
        new StreamEvent.StepStart("e3", null, 0, new Step.FunctionCall("call_1", "f", WireJson.readObject("{}"), "")),
        new StreamEvent.StepDelta("e4", null, 0, new Delta.Text("Hel")),
        new StreamEvent.StepDelta("e5", null, 0, new Delta.ThoughtSignature("c2ln")),
        new StreamEvent.StepDelta("e6", null, 0, new Delta.ThoughtSummary(Content.text("thinking"))),
        new StreamEvent.StepDelta("e7", null, 0, new Delta.Annotations(List.of(new TextAnnotation.UrlCitation("https://a", "A", 0, 1)))),
        new StreamEvent.StepDelta("e8", null, 0, new Delta.Arguments("{\"city\":")),
        new StreamEvent.StepDelta("e9", null, 1, new Delta.Media(Content.image("image/png", "AAAA"))),
        new StreamEvent.StepDelta("e9b", null, 1, new Delta.Media(Content.imageUri("image/png", "https://files.example/i"))),
        new StreamEvent.StepDelta("e9c", null, 2, new Delta.StepFields("google_search_result",
            WireJson.readObject("{\"result\":[{\"search_suggestions\":\"<div/>\"}],\"is_error\":false,\"signature\":\"c2ln\"}"))),
        new StreamEvent.StepDelta(null, null, 1, new Delta.Unknown("hologram", WireJson.readObject("{\"type\":\"hologram\",\"depth\":3}"))),
        new StreamEvent.StepStop("e10", null, 0, usage, usage),
        new StreamEvent.Completed("e11", null, new Interaction("v1_a", InteractionStatus.REQUIRES_ACTION, "m", null,
            "2026-11-24T10:00:00Z", "2026-11-24T10:00:01Z", List.of(), usage, null, null, List.of(), null, "env_1", ServiceTier.of("flex"))),
        new StreamEvent.Error(null, null, new ApiError("gateway_timeout", "too slow", null, null)),
        new StreamEvent.Unknown("e12", null, "interaction.heartbeat", WireJson.readObject("{\"event_id\":\"e12\",\"event_type\":\"interaction.heartbeat\"}")));
  }

  @ParameterizedTest
  @MethodSource("events")
  void everyEvent_roundTrips_withEventTypeLast(StreamEvent event) {
    String json = WireJson.toJson(event);
    assertEquals(event, WireJson.readEvent(null, json));
    assertTrue(json.endsWith("\"event_type\":\"" + event.eventType() + "\"}"), json);
  }

  @Test
  void request_writesExactNames_omitsAbsentFields_andOneFormatAsAnObject() {
    InteractionRequest request = InteractionRequest.model("m").input("hi")
        .generationConfig(GenerationConfig.builder().toolChoice(ToolChoice.allowed("any", "get_weather")).build())
        .responseFormat(new ResponseFormat.Image("image/png", null, null, null)).responseModalities("image")
        .store(false).passThrough("service_tier", WireJson.readTree("\"flex\"")).build();

    String json = new String(WireJson.write(request), StandardCharsets.UTF_8);

    assertEquals("{\"model\":\"m\",\"input\":\"hi\",\"generation_config\":{\"tool_choice\":{\"allowed_tools\":{\"mode\":\"any\","
        + "\"tools\":[\"get_weather\"]}}},\"response_format\":{\"type\":\"image\",\"mime_type\":\"image/png\"},"
        + "\"response_modalities\":[\"image\"],\"store\":false,\"service_tier\":\"flex\"}", json);
    assertEquals(request, WireJson.readRequest(json));
  }

  @Test
  void twoFormats_areAList_andPlainToolChoiceAString() {
    InteractionRequest request = InteractionRequest.model("m").generationConfig(GenerationConfig.builder().toolChoice(ToolChoice.AUTO).build())
        .responseFormat(ResponseFormat.json("{\"type\":\"string\"}")).responseFormat(new ResponseFormat.Image(null, null, null, null)).build();

    String json = new String(WireJson.write(request), StandardCharsets.UTF_8);

    assertTrue(json.contains("\"tool_choice\":\"auto\""), json);
    assertTrue(json.contains("\"response_format\":[{\"type\":\"text\""), json);
    assertEquals(request, WireJson.readRequest(json));
  }

  @Test
  void recordedInteraction_readThenWritten_keepsEverythingModelled_andUnknownUsageKeys() {
    String recorded = "{\"id\":\"v1_ChdQ\",\"status\":\"completed\",\"usage\":{\"total_input_tokens\":9,\"total_output_tokens\":4,"
        + "\"total_tokens\":13,\"raw_prompt_token\":77,\"model_invocation_token_counts\":{\"a\":1}},\"created\":\"2026-11-24T10:00:00Z\","
        + "\"updated\":\"2026-11-24T10:00:01Z\",\"service_tier\":\"standard\",\"steps\":[{\"type\":\"model_output\",\"content\":"
        + "[{\"type\":\"text\",\"text\":\"Hello Ada!\"}]},{\"type\":\"google_maps_result\",\"call_id\":\"x\",\"places\":[]}],"
        + "\"object\":\"interaction\",\"model\":\"gemini-3-flash-preview\",\"output_text\":\"Hello Ada!\"}";

    Interaction read = WireJson.readInteraction(recorded);
    String written = WireJson.toJson(read);

    assertEquals("Hello Ada!", read.text());
    assertInstanceOf(Step.Unknown.class, read.steps().get(1));
    assertTrue(written.contains("\"raw_prompt_token\":77,\"model_invocation_token_counts\":{\"a\":1}"), written);
    assertEquals(77, read.usage().others().get("raw_prompt_token").asInt());
    assertEquals(ServiceTier.STANDARD, read.serviceTier());
    assertTrue(written.contains("\"service_tier\":\"standard\""), written);
    assertTrue(written.contains("{\"type\":\"google_maps_result\",\"call_id\":\"x\",\"places\":[]}"), written);
    assertEquals(read, WireJson.readInteraction(written));
  }

  @Test
  void incompleteWithoutSteps_andStoreFalseWithoutId_areFine() {
    Interaction incomplete = WireJson.readInteraction("{\"status\":\"incomplete\",\"object\":\"interaction\"}");

    assertEquals(List.of(), incomplete.steps());
    assertEquals(null, incomplete.id());
    assertEquals("", incomplete.text());
    assertTrue(incomplete.status().isTerminal());
  }

  @Test
  void mcpServer_toStringRedactsHeaderValues() {
    Tool.McpServer server = new Tool.McpServer("docs", "https://mcp.example", Map.of("Authorization", "Bearer s3cret"), List.of());

    assertFalse(server.toString().contains("s3cret"));
    assertTrue(server.toString().contains("Authorization=<redacted>"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "[1,2]", "{\"steps\":{}}", "{\"status\":3}", "{\"steps\":[{\"content\":[]}]}",
      "{\"steps\":[{\"type\":\"function_call\",\"arguments\":[1]}]}", "{\"usage\":{\"total_tokens\":\"many\"}}",
      "{\"steps\":[{\"type\":\"user_input\",\"content\":[{\"type\":\"text\",\"text\":7}]}]}", "nul", "{\"id\":\"a\"} trailing"})
  void malformedOrMisshapen_isOneTypedExceptionWithTheRawText(String body) {
    WireFormatException failure = org.junit.jupiter.api.Assertions.assertThrows(WireFormatException.class,
        () -> WireJson.readInteraction(body));
    assertEquals(body, failure.rawText());
    WireFormatException streamed = org.junit.jupiter.api.Assertions.assertThrows(WireFormatException.class,
        () -> WireJson.readInteraction(new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertEquals(body, streamed.rawText());
    WireFormatException whole = org.junit.jupiter.api.Assertions.assertThrows(WireFormatException.class,
        () -> WireJson.readAnswer(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(body, whole.rawText());
  }
}
