package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Answers cut by the decode limit and continued by token; whole histories replayed with store: false. */
@ExtendWith(SimulatorExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ContinuationAndReplayTest {
  private static final String WEATHER = "{\"type\":\"function\",\"name\":\"get_weather\",\"parameters\":{\"type\":\"object\","
      + "\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}}";

  @Test
  void longAnswer_comesInHops_thatJoinToTheWholeAnswer(Simulator simulator) {
    String whole = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Tell me about tides\"}").json().get("output_text").asString();
    simulator.faults().decodeTokenLimit(10);

    JsonNode hop = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Tell me about tides\"}").json();
    StringBuilder joined = new StringBuilder(hop.get("output_text").asString());
    int hops = 1;
    while (hop.get("status").asString().equals("requires_continuation")) {
      assertTrue(hop.get("continuation_token").asString().startsWith("ct_"), hop.toString());
      hop = Http.create(simulator, "{\"model\":\"m\",\"previous_interaction_id\":\"" + hop.get("id").asString()
          + "\",\"continuation_token\":\"" + hop.get("continuation_token").asString() + "\"}").json();
      joined.append(hop.get("output_text").asString());
      hops++;
    }

    assertEquals(whole, joined.toString());
    assertTrue(hops > 2, "hops: " + hops);
    assertEquals("completed", hop.get("status").asString());
    assertFalse(hop.has("continuation_token"));
  }

  @Test
  void storeFalseContinuation_resendsTheInput_andTheTokenCarriesThePlace(Simulator simulator) {
    String request = "{\"model\":\"m\",\"store\":false,\"input\":\"Tell me about tides\"";
    String whole = Http.create(simulator, request + "}").json().get("output_text").asString();
    simulator.faults().decodeTokenLimit(12);

    JsonNode hop = Http.create(simulator, request + "}").json();
    StringBuilder joined = new StringBuilder(hop.get("output_text").asString());
    while (hop.get("status").asString().equals("requires_continuation")) {
      assertFalse(hop.has("id"));
      hop = Http.create(simulator, request + ",\"continuation_token\":\"" + hop.get("continuation_token").asString() + "\"}").json();
      joined.append(hop.get("output_text").asString());
    }

    assertEquals(whole, joined.toString());
  }

  @Test
  void wrongContinuations_areRefused(Simulator simulator) {
    simulator.faults().decodeTokenLimit(5);
    JsonNode hop = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Tell me about tides\"}").json();
    String previous = "\"previous_interaction_id\":\"" + hop.get("id").asString() + "\"";

    assertEquals(400, Http.create(simulator, "{\"model\":\"m\"," + previous + ",\"continuation_token\":\"ct_bm9wZQ\"}").status());
    assertEquals(400, Http.create(simulator, "{\"model\":\"m\"," + previous + ",\"input\":\"more\",\"continuation_token\":\""
        + hop.get("continuation_token").asString() + "\"}").status());
  }

  @Test
  void storeFalseToolLoop_replaysTheHistory_withItsSignatures(Simulator simulator) {
    String thinking = "\"generation_config\":{\"thinking_level\":\"low\"},\"tools\":[" + WEATHER + "]";
    JsonNode first = Http.create(simulator, "{\"model\":\"m\",\"store\":false," + thinking
        + ",\"input\":\"My name is Ada. What is the weather in Paris?\"}").json();
    assertEquals("requires_action", first.get("status").asString());
    assertFalse(first.has("id"));
    ArrayNode history = Http.JSON.createArrayNode();
    history.addObject().put("type", "user_input").putArray("content").addObject().put("type", "text")
        .put("text", "My name is Ada. What is the weather in Paris?");
    first.get("steps").forEach(history::add);
    JsonNode call = first.get("steps").get(1);
    history.addObject().put("type", "function_result").put("call_id", call.get("id").asString())
        .put("name", "get_weather").put("result", "21 C and clear");

    JsonNode answer = Http.create(simulator, "{\"model\":\"m\",\"store\":false," + thinking + ",\"input\":" + history + "}").json();

    assertEquals("completed", answer.get("status").asString(), answer.toString());
    assertEquals("According to get_weather: 21 C and clear.", answer.get("output_text").asString());
    history.add(answer.get("steps").get(0));
    history.add(answer.get("steps").get(1));
    history.addObject().put("type", "user_input").putArray("content").addObject().put("type", "text").put("text", "What is my name?");
    assertEquals("Your name is Ada.", Http.create(simulator, "{\"model\":\"m\",\"store\":false," + thinking + ",\"input\":"
        + history + "}").json().get("output_text").asString());
  }

  @Test
  void replayedHistory_withAlteredOrDroppedSignatures_isRefused(Simulator simulator) {
    String thinking = "\"generation_config\":{\"thinking_level\":\"low\"},\"tools\":[" + WEATHER + "]";
    JsonNode first = Http.create(simulator, "{\"model\":\"m\",\"store\":false," + thinking
        + ",\"input\":\"What is the weather in Paris?\"}").json();
    JsonNode thought = first.get("steps").get(0);
    JsonNode call = first.get("steps").get(1);
    ObjectNode result = Http.JSON.createObjectNode().put("type", "function_result").put("call_id", call.get("id").asString())
        .put("name", "get_weather").put("result", "sunny");
    ObjectNode user = Http.JSON.createObjectNode().put("type", "user_input");
    user.putArray("content").addObject().put("type", "text").put("text", "What is the weather in Paris?");

    ArrayNode altered = Http.JSON.createArrayNode().add(user).add(((ObjectNode) thought.deepCopy()).put("signature", "c2lnX2Zha2U="))
        .add(call).add(result);
    ArrayNode dropped = Http.JSON.createArrayNode().add(user).add(call).add(result);

    Http.Answer refusedAltered = Http.create(simulator, "{\"model\":\"m\",\"store\":false," + thinking + ",\"input\":" + altered + "}");
    Http.Answer refusedDropped = Http.create(simulator, "{\"model\":\"m\",\"store\":false," + thinking + ",\"input\":" + dropped + "}");
    assertEquals(400, refusedAltered.status());
    assertTrue(refusedAltered.body().contains("signature"), refusedAltered.body());
    assertEquals(400, refusedDropped.status());
    assertTrue(refusedDropped.body().contains("thought signature"), refusedDropped.body());
  }

  @Test
  void storeFalse_withAPreviousInteractionId_isRefused(Simulator simulator) {
    String id = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Hello\"}").json().get("id").asString();

    Http.Answer refused = Http.create(simulator, "{\"model\":\"m\",\"store\":false,\"previous_interaction_id\":\"" + id
        + "\",\"input\":\"Again\"}");

    assertEquals(400, refused.status());
    assertTrue(refused.body().contains("'store'"), refused.body());
  }

  @Test
  void userInputContentAsAPlainString_isReadAsText(Simulator simulator) {
    String history = "[{\"type\":\"user_input\",\"content\":\"My name is Ada.\"},"
        + "{\"type\":\"model_output\",\"content\":[{\"type\":\"text\",\"text\":\"Nice to meet you, Ada!\"}]},"
        + "{\"type\":\"user_input\",\"content\":\"What is my name?\"}]";

    JsonNode answer = Http.create(simulator, "{\"model\":\"m\",\"store\":false,\"input\":" + history + "}").json();

    assertEquals("Your name is Ada.", answer.get("output_text").asString(), answer.toString());
  }

  @Test
  void aFunctionCallOfAnEarlierTurn_withoutItsSignature_isAccepted(Simulator simulator) {
    String thinking = "\"generation_config\":{\"thinking_level\":\"low\"},\"tools\":[" + WEATHER + "]";
    // An earlier turn's call kept without its thought (as a client that trimmed old turns sends it).
    String history = "[{\"type\":\"user_input\",\"content\":[{\"type\":\"text\",\"text\":\"Weather in Paris?\"}]},"
        + "{\"type\":\"function_call\",\"id\":\"c0\",\"name\":\"get_weather\",\"arguments\":{\"city\":\"Paris\"}},"
        + "{\"type\":\"function_result\",\"call_id\":\"c0\",\"name\":\"get_weather\",\"result\":\"sunny\"},"
        + "{\"type\":\"model_output\",\"content\":[{\"type\":\"text\",\"text\":\"Sunny.\"}]},"
        + "{\"type\":\"user_input\",\"content\":[{\"type\":\"text\",\"text\":\"Thanks!\"}]}]";

    Http.Answer answer = Http.create(simulator, "{\"model\":\"m\",\"store\":false," + thinking + ",\"input\":" + history + "}");

    assertEquals(200, answer.status(), answer.body());
  }
}
