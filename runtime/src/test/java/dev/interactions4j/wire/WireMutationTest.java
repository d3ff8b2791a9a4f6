package dev.interactions4j.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.interactions4j.simulator.FuzzBudget;
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

  private FuzzBudget budget;

  @Test
  void mutatedJson_onlyEverRaisesWireFormatException() {
    budget = FuzzBudget.of(20261125, 4000);
    JsonMutator mutator = new JsonMutator(budget.seed());
    int checked = 0;
    while (budget.next()) {
      String mutated = mutator.mutate(mutator.pick(SAMPLES));
      check(mutated, WireJson::readInteraction);
      check(mutated, WireMutationTest::readStreamedAndCompare);
      check(mutated, WireMutationTest::readWholeAndCompare);
      check(mutated, json -> WireJson.readEvent(null, json));
      check(mutated, json -> WireJson.readEvent("step.delta", json));
      checked += 5;
    }
    if (checked != 5 * budget.cases()) {
      fail(budget + ": expected " + 5 * budget.cases() + " reads, made " + checked);
    }
    System.out.println("WireMutationTest: " + budget);
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
    // Media decoded as it streams is written back canonically ("AA" becomes "AA=="), so compare
    // with the text reader's value after the same trip through the streaming reader.
    Interaction fromTextStreamed;
    try {
      fromTextStreamed = WireJson.readInteraction(new ByteArrayInputStream(WireJson.toJson(fromText).getBytes(StandardCharsets.UTF_8)));
    } catch (WireFormatException e) {
      return;
    }
    assertEquals(WireJson.toJson(fromTextStreamed), WireJson.toJson(streamed), json);
  }

  /**
   * An answer received whole (the client's path for small answers) reads exactly as the same
   * bytes streamed: the same value, or the same failure with the same raw text.
   */
  private static void readWholeAndCompare(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Interaction streamed;
    try {
      streamed = WireJson.readInteraction(new ByteArrayInputStream(bytes));
    } catch (WireFormatException streamFailure) {
      WireFormatException wholeFailure = assertThrows(WireFormatException.class, () -> WireJson.readAnswer(bytes), json);
      assertEquals(streamFailure.rawText(), wholeFailure.rawText(), json);
      assertEquals(streamFailure.interactionId(), wholeFailure.interactionId(), json);
      throw wholeFailure;
    }
    assertEquals(WireJson.toJson(streamed), WireJson.toJson(WireJson.readAnswer(bytes)), json);
  }

  private void check(String json, Consumer<String> reader) {
    try {
      reader.accept(json);
    } catch (WireFormatException expected) {
      if (!json.equals(expected.rawText())) {
        fail(budget + ": raw text not kept for " + json);
      }
    } catch (RuntimeException | Error unexpected) {
      throw new AssertionError(budget + ": escaped " + unexpected + " for input: " + json, unexpected);
    }
  }
}
