package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

@ExtendWith(SimulatorExtension.class)
class SimulatorHttpTest {
  private static final String WEATHER = "{\"type\":\"function\",\"name\":\"get_weather\",\"description\":\"Weather in a city\","
      + "\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},\"unit\":{\"type\":\"string\","
      + "\"enum\":[\"celsius\",\"fahrenheit\"]}},\"required\":[\"city\",\"unit\"]}}";
  private static final String BOOK = "{\"type\":\"function\",\"name\":\"book_table\",\"parameters\":{\"type\":\"object\","
      + "\"properties\":{\"restaurant\":{\"type\":\"string\"},\"people\":{\"type\":\"integer\",\"minimum\":1}},\"required\":[\"restaurant\",\"people\"]}}";

  @Test
  void answer_hasTheRecordedKeyOrder(Simulator simulator) {
    Http.Answer answer = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Hello\"}");

    assertEquals(200, answer.status());
    List<String> keys = new ArrayList<>(answer.json().propertyNames());
    assertEquals(List.of("id", "status", "usage", "created", "updated", "service_tier", "steps", "object", "model", "output_text"), keys);
  }

  @Test
  void structuredOutput_validatesAgainstTheRequestsSchema(Simulator simulator) {
    String schema = "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"servings\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":12},"
        + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1},\"level\":{\"type\":\"string\",\"enum\":[\"EASY\",\"HARD\"]}},"
        + "\"required\":[\"name\",\"servings\",\"tags\",\"level\"],\"propertyOrdering\":[\"name\",\"servings\",\"tags\",\"level\"]}";
    for (String format : List.of(
        "\"response_format\":{\"type\":\"text\",\"mime_type\":\"application/json\",\"schema\":" + schema + "}",
        "\"response_format\":[{\"type\":\"text\",\"mime_type\":\"application/json\",\"schema\":" + schema + "}]",
        "\"response_mime_type\":\"application/json\",\"response_format\":" + schema)) {
      JsonNode answer = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Pancakes for 4, easy\"," + format + "}").json();

      String text = answer.get("output_text").asString();
      SchemaInstanceGeneratorTest.assertValid(schema, text);
      assertEquals(text, answer.get("steps").get(0).get("content").get(0).get("text").asString());
      assertEquals("{\"name\":\"Pancakes\",\"servings\":4,\"tags\":[\"Pancakes\",\"Pancakes\"],\"level\":\"EASY\"}", text);
    }
  }

  @Test
  void functions_namedInTheInput_areCalledInParallel_andTheirResultsUsed(Simulator simulator) {
    JsonNode calls = Http.create(simulator, "{\"model\":\"m\",\"input\":\"What is the weather in Paris, and book a table at Chez Anna?\","
        + "\"tools\":[" + WEATHER + "," + BOOK + "]}").json();

    assertEquals("requires_action", calls.get("status").asString());
    JsonNode steps = calls.get("steps");
    assertEquals(2, steps.size());
    assertEquals("get_weather", steps.get(0).get("name").asString());
    assertEquals("book_table", steps.get(1).get("name").asString());
    SchemaInstanceGeneratorTest.assertValid(Http.JSON.readTree(WEATHER).get("parameters").toString(), steps.get(0).get("arguments").toString());
    SchemaInstanceGeneratorTest.assertValid(Http.JSON.readTree(BOOK).get("parameters").toString(), steps.get(1).get("arguments").toString());
    assertEquals("Paris", steps.get(0).get("arguments").get("city").asString());

    String results = "[{\"type\":\"function_result\",\"call_id\":\"" + steps.get(0).get("id").asString()
        + "\",\"name\":\"get_weather\",\"result\":{\"temp_c\":21,\"sky\":\"clear\"}},{\"type\":\"function_result\",\"call_id\":\""
        + steps.get(1).get("id").asString() + "\",\"name\":\"book_table\",\"result\":\"no tables left\",\"is_error\":true}]";
    JsonNode answer = Http.create(simulator, "{\"model\":\"m\",\"previous_interaction_id\":\"" + calls.get("id").asString()
        + "\",\"input\":" + results + "}").json();

    assertEquals("completed", answer.get("status").asString());
    String text = answer.get("output_text").asString();
    assertTrue(text.contains("{\"temp_c\":21,\"sky\":\"clear\"}"), text);
    assertTrue(text.contains("The tool book_table failed: no tables left"), text);
  }

  @Test
  void functionResults_mustAnswerEveryPendingCallExactlyOnce(Simulator simulator) {
    JsonNode calls = Http.create(simulator, "{\"model\":\"m\",\"input\":\"weather in Oslo\",\"tools\":[" + WEATHER + "]}").json();
    String previous = ",\"previous_interaction_id\":\"" + calls.get("id").asString() + "\"";

    Http.Answer wrongId = Http.create(simulator, "{\"model\":\"m\"" + previous
        + ",\"input\":[{\"type\":\"function_result\",\"call_id\":\"call_other\",\"result\":\"x\"}]}");
    Http.Answer text = Http.create(simulator, "{\"model\":\"m\"" + previous + ",\"input\":\"hello\"}");

    assertEquals(400, wrongId.status());
    assertEquals("INVALID_ARGUMENT", wrongId.json().get("error").get("status").asString());
    assertTrue(wrongId.json().get("error").get("message").asString().contains("call_other"));
    assertEquals(400, text.status());
  }

  @Test
  void toolChoiceAny_callsAFunctionEvenWhenNoneIsNamed_andNoneNever(Simulator simulator) {
    JsonNode any = Http.create(simulator, "{\"model\":\"m\",\"input\":\"hello\",\"tools\":[" + WEATHER
        + "],\"generation_config\":{\"tool_choice\":\"any\"}}").json();
    JsonNode none = Http.create(simulator, "{\"model\":\"m\",\"input\":\"weather in Rome\",\"tools\":[" + WEATHER
        + "],\"generation_config\":{\"tool_choice\":\"none\"}}").json();

    assertEquals("requires_action", any.get("status").asString());
    assertEquals("completed", none.get("status").asString());
  }

  @Test
  void imageOutput_isADecodablePng(Simulator simulator) throws Exception {
    JsonNode answer = Http.create(simulator, "{\"model\":\"m\",\"input\":\"a red kite\",\"response_modalities\":[\"image\"]}").json();

    JsonNode image = answer.get("output_image");
    assertEquals("image/png", image.get("mime_type").asString());
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image.get("data").asString())));
    assertEquals(64, png.getWidth());
  }

  @Test
  void stream_isFramedAsTheApiFramesIt_andResumesAfterAnEventId(Simulator simulator) {
    int createdBefore = simulator.interactionsCreated();
    Http.Answer stream = Http.create(simulator, "{\"model\":\"m\",\"input\":\"my name is Ada and I like long walks by the river\",\"stream\":true}");

    assertEquals("text/event-stream", stream.headers().firstValue("Content-Type").orElseThrow());
    String[] blocks = stream.body().split("\n\n");
    assertEquals("event: done\ndata: [DONE]", blocks[blocks.length - 1]);
    List<JsonNode> events = new ArrayList<>();
    for (int i = 0; i < blocks.length - 1; i++) {
      String[] lines = blocks[i].split("\n");
      JsonNode event = Http.JSON.readTree(lines[1].substring("data: ".length()));
      assertEquals(lines[0].substring("event: ".length()), event.get("event_type").asString());
      List<String> keys = new ArrayList<>(event.propertyNames());
      assertEquals("event_type", keys.get(keys.size() - 1));
      assertNotNull(event.get("event_id"));
      events.add(event);
    }
    assertEquals("interaction.completed", events.get(events.size() - 1).get("event_type").asString());
    assertFalse(events.get(events.size() - 1).get("interaction").has("steps"));
    String id = events.get(0).get("interaction").get("id").asString();

    Http.Answer rest = Http.get(simulator, "/v1beta/interactions/" + id + "?stream=true&last_event_id="
        + events.get(2).get("event_id").asString());
    String expected = String.join("\n\n", java.util.Arrays.copyOfRange(blocks, 3, blocks.length)) + "\n\n";
    assertEquals(expected, rest.body());
    assertEquals(createdBefore + 1, simulator.interactionsCreated(), "a resume creates nothing");
  }

  @Test
  void missingKey_whenOneIsConfigured_isUnauthenticated_inTheRpcShape() {
    try (Simulator keyed = Simulator.builder().apiKey("secret").start()) {
      Http.Answer answer = keyless(keyed);

      assertEquals(401, answer.status());
      assertEquals(401, answer.json().get("error").get("code").asInt());
      assertEquals("UNAUTHENTICATED", answer.json().get("error").get("status").asString());
    }
  }

  @Test
  void missingKey_withNoneConfigured_isServed(Simulator simulator) {
    assertEquals(200, keyless(simulator).status());
  }

  private static Http.Answer keyless(Simulator simulator) {
    return Http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v1beta/interactions"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"input\":\"x\"}")).build());
  }

  @Test
  void malformedJson_andUnknownRoutes_areErrorsInTheRpcShape(Simulator simulator) {
    Http.Answer malformed = Http.create(simulator, "{\"model\":");
    Http.Answer route = Http.get(simulator, "/v1beta/models");

    assertEquals(400, malformed.status());
    assertEquals("INVALID_ARGUMENT", malformed.json().get("error").get("status").asString());
    assertEquals(404, route.status());
  }

  @Test
  void rateFaults_areSeededAndCarryRetryAfter(Simulator simulator) {
    simulator.faults().rate503(0.5).retryAfter(java.time.Duration.ofSeconds(2));
    List<Integer> first = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      first.add(Http.create(simulator, "{\"model\":\"m\",\"input\":\"x\"}").status());
    }
    simulator.faults().reset().rate503(0.5).retryAfter(java.time.Duration.ofSeconds(2));
    List<Integer> second = new ArrayList<>();
    Http.Answer sample = null;
    for (int i = 0; i < 20; i++) {
      Http.Answer answer = Http.create(simulator, "{\"model\":\"m\",\"input\":\"x\"}");
      second.add(answer.status());
      sample = answer.status() == 503 ? answer : sample;
    }

    assertEquals(first, second, "same seed, same faults");
    assertTrue(first.contains(503) && first.contains(200), first.toString());
    assertEquals("2", sample.headers().firstValue("Retry-After").orElseThrow());
  }

  @Test
  void resetFault_closesTheConnectionWithoutAnswer(Simulator simulator) {
    simulator.faults().resetNext(1);

    assertThrows(java.io.UncheckedIOException.class, () -> Http.create(simulator, "{\"model\":\"m\",\"input\":\"x\"}"));
    assertEquals(200, Http.create(simulator, "{\"model\":\"m\",\"input\":\"x\"}").status());
  }
}
