package dev.interactions4j.wire;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Seeded mutations of recorded JSON: reading never throws anything but WireFormatException. */
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
  private static final String NOISE = "{}[]\",:0-9.etruflsanx \\";

  @Test
  void mutatedJson_onlyEverRaisesWireFormatException() {
    Random random = new Random(20261125);
    int checked = 0;
    for (int round = 0; round < 4000; round++) {
      String sample = SAMPLES.get(random.nextInt(SAMPLES.size()));
      String mutated = mutate(sample, random, 1 + random.nextInt(4));
      check(mutated, WireJson::readInteraction);
      check(mutated, json -> WireJson.readEvent(null, json));
      check(mutated, json -> WireJson.readEvent("step.delta", json));
      checked += 3;
    }
    if (checked != 12000) {
      fail("expected 12000 reads, made " + checked);
    }
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

  private static String mutate(String json, Random random, int edits) {
    StringBuilder text = new StringBuilder(json);
    for (int i = 0; i < edits && text.length() > 1; i++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(4)) {
        case 0 -> text.deleteCharAt(at);
        case 1 -> text.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
        case 2 -> text.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
        default -> {
          int end = Math.min(text.length(), at + 1 + random.nextInt(12));
          text.insert(random.nextInt(text.length()), text.substring(at, end));
        }
      }
    }
    return text.toString();
  }
}
