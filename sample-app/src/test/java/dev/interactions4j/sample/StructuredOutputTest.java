package dev.interactions4j.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.Conversation;
import dev.interactions4j.GeminiClient;
import dev.interactions4j.Reply;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.InteractionRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Structured output end to end: generated schema and parser, client, simulator over HTTP. */
@ExtendWith(SimulatorExtension.class)
class StructuredOutputTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TEXT = "Ada Lovelace of Analytical Engines Ltd, ada@engines.example, wants to discuss Notes.";

  private static GeminiClient client(Simulator simulator, int repairTurns) {
    return GeminiClient.builder().baseUrl(simulator.baseUrl()).apiKey("k").repairTurns(repairTurns).build();
  }

  @Test
  void generate_sendsTheGeneratedSchemaAsResponseFormat_andParsesTheAnswer(Simulator simulator) {
    Contact contact = client(simulator, 0).generate("gemini-3-flash-preview", TEXT, ContactSchema.TYPE);

    assertEquals("Ada Lovelace", contact.name());
    assertEquals("ada@engines.example", contact.email());
    JsonNode format = JSON.readTree(simulator.requests().get(0).bodyText()).get("response_format");
    assertEquals("text", format.get("type").asString());
    assertEquals("application/json", format.get("mime_type").asString());
    assertEquals(JSON.readTree(ContactSchema.JSON_SCHEMA), format.get("schema"));
  }

  @Test
  void mismatch_isTypedWithIdPointerAndRawText(Simulator simulator) {
    String id = seedMismatch(simulator);

    OutputMismatchException mismatch = assertThrows(OutputMismatchException.class,
        () -> client(simulator, 0).generate("gemini-3-flash-preview", TEXT, ContactSchema.TYPE));

    assertEquals(id, mismatch.interactionId().orElseThrow());
    assertEquals("/name", mismatch.pointer());
    assertEquals(badJson(), mismatch.rawText().orElseThrow());
  }

  @Test
  void repairTurn_sendsTheErrorBackInTheSameConversation_andSucceeds(Simulator simulator) {
    String id = seedMismatch(simulator);

    Reply<Contact> repaired = client(simulator, 1).generate(
        InteractionRequest.model("gemini-3-flash-preview").input(TEXT).build(), ContactSchema.TYPE);

    assertEquals(2, simulator.requests().size(), "the answer, then one repair turn");
    RecordedRequest repair = simulator.requests().get(simulator.requests().size() - 1);
    JsonNode body = JSON.readTree(repair.bodyText());
    assertEquals(id, body.get("previous_interaction_id").asString());
    assertTrue(body.get("input").asString().contains("/name"), body.toString());
    assertEquals(repaired.interaction().previousInteractionId(), id);
  }

  @Test
  void conversation_generate_keepsTheConversation(Simulator simulator) {
    Conversation chat = client(simulator, 0).conversation("gemini-3-flash-preview");
    chat.send("my name is Ada");

    Contact contact = chat.generate(TEXT, ContactSchema.TYPE);

    assertEquals("Ada Lovelace", contact.name());
    List<RecordedRequest> requests = simulator.requests();
    assertTrue(requests.get(requests.size() - 1).bodyText().contains("\"previous_interaction_id\""));
  }

  private static String badJson() {
    return "{\"name\": 42, \"company\": \"x\", \"email\": \"a@b.example\", \"topics\": [], \"urgency\": \"LOW\"}";
  }

  /** A real stored interaction, then an answer with its id whose JSON does not match Contact. */
  private static String seedMismatch(Simulator simulator) {
    String id = client(simulator, 0).create(InteractionRequest.model("gemini-3-flash-preview").input("hello").build()).id();
    simulator.clearRequests();
    String answer = "{\"id\":\"" + id + "\",\"status\":\"completed\",\"steps\":[{\"type\":\"model_output\",\"content\":"
        + "[{\"type\":\"text\",\"text\":" + JSON.writeValueAsString(badJson()) + "}]}],\"object\":\"interaction\",\"model\":\"m\"}";
    simulator.faults().respondNext(200, "application/json", answer);
    return id;
  }
}
