package dev.interactions4j.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.interactions4j.simulator.JsonMutator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Seeded mutations of recorded JSON: reading (from text or from a stream) never throws anything but WireFormatException. */
class WireMutationTest {
  private static final List<String> SAMPLES = List.of(
      "{\"id\":\"v1_ChdQ\",\"status\":\"requires_action\",\"usage\":{\"total_input_tokens\":9,\"total_tokens\":13,"
          + "\"input_tokens_by_modality\":[{\"modality\":\"text\",\"tokens\":9}]},\"steps\":[{\"type\":\"thought\",\"signature\":\"s\","
          + "\"summary\":[{\"type\":\"text\",\"text\":\"t\"}]},{\"type\":\"model_output\",\"content\":[{\"type\":\"text\",\"text\":\"a\","
          + "\"annotations\":[{\"type\":\"url_citation\",\"url\":\"u\",\"start_index\":0,\"end_index\":1}]},{\"type\":\"image\","
          + "\"data\":\"AA\",\"mime_type\":\"image/png\"}]},{\"type\":\"function_call\",\"id\":\"c\",\"name\":\"f\",\"arguments\":"
          + "{\"x\":[1,2,{\"y\":null}]}},{\"type\":\"google_search_call\",\"id\":\"g\",\"arguments\":{\"queries\":[\"q\"]}}],"
          + "\"object\":\"interaction\",\"model\":\"m\",\"errors\":[{\"code\":500,\"message\":\"m\"}]}",
      "{\"index\":0,\"delta\":{\"type\":\"arguments_delta\",\"arguments\":\"{\\\"a\\\"\"},\"event_id\":\"e\",\"event_type\":\"step.delta\"}",
      "{\"interaction\":{\"id\":\"v1\",\"status\":\"completed\",\"usage\":{\"total_tokens\":1}},\"metadata\":{\"total_usage\":"
          + "{\"total_tokens\":1}},\"event_type\":\"interaction.completed\"}",
      "{\"index\":1,\"step\":{\"type\":\"function_call\",\"id\":\"c\",\"signature\":\"\",\"name\":\"f\",\"arguments\":{}},\"event_type\":\"step.start\"}");

  @Test
  void mutatedJson_onlyEverRaisesWireFormatException() {
    JsonMutator mutator = new JsonMutator(20261125);
    int checked = 0;
    for (int round = 0; round < 4000; round++) {
      String mutated = mutator.mutate(mutator.pick(SAMPLES));
      check(mutated, WireJson::readInteraction);
      check(mutated, WireMutationTest::readStreamedAndCompare);
      check(mutated, json -> WireJson.readEvent(null, json));
      check(mutated, json -> WireJson.readEvent("step.delta", json));
      checked += 4;
    }
    if (checked != 16000) {
      fail("expected 16000 reads, made " + checked);
    }
  }

  /**
   * The streaming reader (the client's) agrees with the text reader whenever both read a value;
   * it may refuse more, since it decodes base64 media eagerly.
   */
  private static void readStreamedAndCompare(String json) {
    Interaction streamed = WireJson.readInteraction(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    Interaction fromText;
    try {
      fromText = WireJson.readInteraction(json);
    } catch (WireFormatException e) {
      return;
    }
    assertEquals(canonicalBase64(WireJson.toJson(fromText)), canonicalBase64(WireJson.toJson(streamed)), json);
  }

  /** Media decoded as it streams is written back with padding: "AA" becomes "AA==". */
  private static String canonicalBase64(String json) {
    java.util.regex.Matcher data = java.util.regex.Pattern.compile("\"data\":\"([A-Za-z0-9+/=]*)\"").matcher(json);
    StringBuilder out = new StringBuilder();
    while (data.find()) {
      String canonical;
      try {
        canonical = java.util.Base64.getEncoder().encodeToString(java.util.Base64.getMimeDecoder().decode(data.group(1)));
      } catch (IllegalArgumentException e) {
        canonical = data.group(1);
      }
      data.appendReplacement(out, "\"data\":\"" + canonical + "\"");
    }
    return data.appendTail(out).toString();
  }

  private static void check(String json, Consumer<String> reader) {
    try {
      reader.accept(json);
    } catch (WireFormatException expected) {
      if (!json.equals(expected.rawText())) {
        fail("raw text not kept for " + json);
      }
    } catch (RuntimeException | Error unexpected) {
      throw new AssertionError("Escaped " + unexpected + " for input: " + json, unexpected);
    }
  }
}
