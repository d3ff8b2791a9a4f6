package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.Usage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConversationTest {
  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();

  private final GeminiClient client = Clients.client(SIMULATOR.simulator());

  @Test
  void remembersAcrossTurns_throughTheServer() {
    Conversation chat = client.conversation(Clients.MODEL);

    chat.send("Hi, my name is Ada.");
    chat.send("My favourite colour is teal.");
    Interaction name = chat.send("What is my name?");
    Interaction colour = chat.send("What is my favourite colour?");

    assertEquals("Your name is Ada.", name.text());
    assertEquals("Your favourite colour is teal.", colour.text());
    assertEquals(colour.id(), chat.lastInteractionId());
  }

  @Test
  void eachTurn_sendsOnlyTheNewInputAndThePreviousId() {
    Conversation chat = client.conversation(Clients.MODEL);
    List<String> ids = new ArrayList<>();
    for (int turn = 0; turn < 12; turn++) {
      ids.add(chat.send("Turn number " + (10 + turn) + " says hello.").id());
    }

    List<RecordedRequest> requests = SIMULATOR.simulator().requests();
    assertEquals(12, requests.size());
    assertFalse(requests.get(0).bodyText().contains("previous_interaction_id"));
    for (int turn = 1; turn < 12; turn++) {
      String body = requests.get(turn).bodyText();
      assertEquals("{\"model\":\"gemini-3-flash-preview\",\"input\":\"Turn number " + (10 + turn)
          + " says hello.\",\"previous_interaction_id\":\"" + ids.get(turn - 1) + "\"}", body);
    }
    // Flat bytes per turn: the last turn costs what the second did.
    assertEquals(requests.get(1).body().length, requests.get(11).body().length);
  }

  @Test
  void usage_perTurnAndCumulative_withCachedTokensGrowing() {
    Conversation chat = client.conversation(Clients.MODEL);
    for (int turn = 0; turn < 6; turn++) {
      chat.send("Please remember that item " + turn + " is on the shopping list for the weekend party.");
    }

    List<Usage> turns = chat.turnUsages();
    assertEquals(6, turns.size());
    assertEquals(0, turns.get(0).totalCachedTokens());
    for (int i = 2; i < turns.size(); i++) {
      assertTrue(turns.get(i).totalCachedTokens() > turns.get(i - 1).totalCachedTokens(),
          "cached tokens grow: " + turns);
    }
    int inputSum = turns.stream().mapToInt(Usage::totalInputTokens).sum();
    int cachedSum = turns.stream().mapToInt(Usage::totalCachedTokens).sum();
    assertEquals(inputSum, chat.totalUsage().totalInputTokens());
    assertEquals(cachedSum, chat.totalUsage().totalCachedTokens());
  }

  @Test
  void settings_areSentWithEveryTurn() {
    Conversation chat = client.conversationBuilder(Clients.MODEL).systemInstruction("Be brief.").build();

    chat.send("one");
    chat.send("two");

    for (RecordedRequest request : SIMULATOR.simulator().requests()) {
      assertTrue(request.bodyText().contains("\"system_instruction\":\"Be brief.\""), request.bodyText());
    }
  }

  @Test
  void resumeFrom_continuesAStoredConversation() {
    Conversation first = client.conversation(Clients.MODEL);
    first.send("my name is Grace");

    Conversation resumed = client.conversationBuilder(Clients.MODEL).resumeFrom(first.lastInteractionId()).build();

    assertEquals("Your name is Grace.", resumed.send("what is my name?").text());
  }

  @Test
  void streamedTurn_movesTheConversationOn() {
    Conversation chat = client.conversation(Clients.MODEL);
    assertNull(chat.lastInteractionId());

    Interaction streamed;
    try (InteractionStream stream = chat.stream("my name is Alan")) {
      streamed = stream.result();
    }

    assertEquals("Nice to meet you, Alan!", streamed.text());
    assertEquals(streamed.id(), chat.lastInteractionId());
    assertEquals("Your name is Alan.", chat.send("what is my name?").text());
  }

  @Test
  void storeFalse_isSentWithEveryTurn() {
    Conversation chat = client.conversationBuilder(Clients.MODEL).store(false).build();

    Interaction answer = chat.send("Hello");

    assertNull(answer.id());
    assertNull(chat.lastInteractionId(), "nothing stored, nothing to continue");
    assertTrue(SIMULATOR.simulator().requests().get(0).bodyText().contains("\"store\":false"));
  }
}
