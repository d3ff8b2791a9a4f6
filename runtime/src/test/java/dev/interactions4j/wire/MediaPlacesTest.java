package dev.interactions4j.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Media is decoded only where the API puts media (a step's content, a thought's summary): JSON
 * anywhere else comes back exactly as sent, whatever it holds, by every read of an answer.
 */
class MediaPlacesTest {
  /** Looks like media content, is not: one value base64, one not base64 at all. */
  private static final String LOOKALIKE = "{\"content\":[{\"type\":\"image\",\"data\":\"AAAA\"},{\"data\":\"not base64 at all!\"}]}";

  static Stream<Function<String, Interaction>> readers() {
    return Stream.of(
        json -> WireJson.readAnswer(json.getBytes(StandardCharsets.UTF_8)),
        json -> WireJson.readInteraction(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))),
        json -> WireJson.readInteraction(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), 1 << 20),
        WireJson::readInteraction);
  }

  private static String answer(String... steps) {
    return "{\"id\":\"v1_a\",\"status\":\"requires_action\",\"steps\":[" + String.join(",", steps) + "],\"object\":\"interaction\"}";
  }

  @ParameterizedTest
  @MethodSource("readers")
  void functionArguments_holdingContentWithData_comeBackAsSent(Function<String, Interaction> reader) {
    String call = "{\"type\":\"function_call\",\"id\":\"c1\",\"name\":\"save\",\"arguments\":" + LOOKALIKE + "}";

    Step.FunctionCall read = reader.apply(answer(call)).functionCalls().get(0);

    assertEquals(LOOKALIKE, WireJson.toJson(read.arguments()));
    assertEquals("not base64 at all!", read.arguments().get("content").get(1).get("data").stringValue());
    assertEquals(call, WireJson.toJson(read));
  }

  @ParameterizedTest
  @MethodSource("readers")
  void functionAndToolResults_andUnknownSteps_comeBackAsSent(Function<String, Interaction> reader) {
    String result = "{\"type\":\"function_result\",\"call_id\":\"c1\",\"name\":\"save\",\"result\":" + LOOKALIKE + "}";
    String listResult = "{\"type\":\"function_result\",\"call_id\":\"c2\",\"name\":\"draw\","
        + "\"result\":[{\"type\":\"image\",\"data\":\"%%%\",\"mime_type\":\"image/png\"}]}";
    String mcp = "{\"type\":\"mcp_server_tool_result\",\"call_id\":\"m1\",\"name\":\"n\",\"server_name\":\"s\",\"result\":" + LOOKALIKE + "}";
    String unknown = "{\"type\":\"future_step\",\"content\":[{\"type\":\"image\",\"data\":\"not base64!\"}]}";

    Interaction read = reader.apply(answer(result, listResult, mcp, unknown));

    assertEquals(List.of(result, listResult, mcp, unknown), read.steps().stream().map(WireJson::toJson).toList());
  }

  @ParameterizedTest
  @MethodSource("readers")
  void unknownContentOfAModelOutput_comesBackAsSent(Function<String, Interaction> reader) {
    String output = "{\"type\":\"model_output\",\"content\":[{\"type\":\"hologram\",\"data\":\"not base64!\"}]}";

    Step.ModelOutput read = (Step.ModelOutput) reader.apply(answer(output)).steps().get(0);

    assertInstanceOf(Content.Unknown.class, read.content().get(0));
    assertEquals(output, WireJson.toJson(read));
  }

  @ParameterizedTest
  @MethodSource("readers")
  void mediaOfStepsAndSummaries_isStillDecoded(Function<String, Interaction> reader) {
    String output = "{\"type\":\"model_output\",\"content\":[{\"type\":\"image\",\"data\":\"AAEC\",\"mime_type\":\"image/png\"}]}";
    String input = "{\"type\":\"user_input\",\"content\":[{\"type\":\"audio\",\"data\":\"AwQ=\",\"mime_type\":\"audio/wav\"}]}";
    String thought = "{\"type\":\"thought\",\"signature\":\"s\",\"summary\":[{\"type\":\"image\",\"data\":\"BQ==\"}]}";

    Interaction read = reader.apply(answer(input, thought, output));

    assertArrayEquals(new byte[] {3, 4}, ((Content.Audio) ((Step.UserInput) read.steps().get(0)).content().get(0)).data().bytes());
    assertArrayEquals(new byte[] {5}, ((Content.Image) ((Step.Thought) read.steps().get(1)).summary().get(0)).data().bytes());
    assertArrayEquals(new byte[] {0, 1, 2}, read.outputs(Content.Image.class).get(0).data().bytes());
  }

  @ParameterizedTest
  @MethodSource("readers")
  void contentWithoutAType_isAWireFormatError(Function<String, Interaction> reader) {
    String output = "{\"type\":\"model_output\",\"content\":[{\"data\":\"AA\",\"mime_type\":\"image/png\"}]}";

    assertThrows(WireFormatException.class, () -> reader.apply(answer(output)));
  }

  @Test
  void mediaThatIsNotBase64_whereMediaBelongs_isStillRefused() {
    String output = "{\"type\":\"model_output\",\"content\":[{\"type\":\"image\",\"data\":\"not base64!\"}]}";

    assertThrows(WireFormatException.class, () -> WireJson.readAnswer(answer(output).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void userInputContentAsAPlainString_roundTrips_inRequestsAndAnswers() {
    String request = "{\"model\":\"m\",\"input\":[{\"type\":\"user_input\",\"content\":\"Hello\"},"
        + "{\"type\":\"model_output\",\"content\":[{\"type\":\"text\",\"text\":\"Hi!\"}]},"
        + "{\"type\":\"user_input\",\"content\":[{\"type\":\"text\",\"text\":\"Again\"}]}]}";

    InteractionRequest read = WireJson.readRequest(request);
    Step.UserInput first = (Step.UserInput) ((Input.StepsInput) read.input()).steps().get(0);

    assertEquals(List.of(Content.text("Hello")), first.content());
    assertTrue(first.plainText());
    assertEquals(request, new String(WireJson.write(read), StandardCharsets.UTF_8));
    String answer = "{\"id\":\"v1_a\",\"status\":\"completed\",\"steps\":[{\"type\":\"user_input\",\"content\":\"Hello\"}],"
        + "\"object\":\"interaction\"}";
    assertEquals(answer, WireJson.toJson(WireJson.readAnswer(answer.getBytes(StandardCharsets.UTF_8))));
    assertEquals("{\"type\":\"user_input\",\"content\":\"Hi\"}", WireJson.toJson(Step.UserInput.text("Hi")));
    assertThrows(IllegalArgumentException.class, () -> new Step.UserInput(List.of(Content.text("a"), Content.text("b")), true));
  }

  @Test
  void generationConfigFieldsNotModelled_areKeptOnReadAndWrite_andCanBeSet() {
    String request = "{\"model\":\"m\",\"input\":\"Hi\",\"generation_config\":{\"temperature\":0.5,"
        + "\"speech_config\":{\"voice\":\"Kore\"},\"video_config\":{\"duration_seconds\":8,\"aspect_ratio\":\"16:9\"},"
        + "\"future_knob\":[1,2]}}";

    InteractionRequest read = WireJson.readRequest(request);

    assertEquals(request, new String(WireJson.write(read), StandardCharsets.UTF_8));
    assertEquals(List.of("video_config", "future_knob"), List.copyOf(read.generationConfig().others().keySet()));
    ObjectNode videoConfig = WireJson.readObject("{\"duration_seconds\":4}");
    GenerationConfig built = GenerationConfig.builder().seed(7).set("video_config", videoConfig).build();
    assertEquals("{\"seed\":7,\"video_config\":{\"duration_seconds\":4}}", WireJson.toJson(built));
    assertEquals(built, built.toBuilder().build());
    assertThrows(IllegalArgumentException.class, () -> GenerationConfig.builder().set("temperature", videoConfig));
  }
}
