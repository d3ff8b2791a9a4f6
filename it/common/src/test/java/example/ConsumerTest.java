package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.BackgroundTask;
import dev.interactions4j.GeminiClient;
import dev.interactions4j.InteractionStream;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.tools.ToolLoop;
import dev.interactions4j.tools.ToolRun;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** One call of each kind, against the simulator, as a user's test would make them. */
@ExtendWith(SimulatorExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ConsumerTest {
  private static final String MODEL = "gemini-3-flash-preview";

  private static GeminiClient client(Simulator simulator) {
    return GeminiClient.builder().baseUrl(simulator.baseUrl()).apiKey("test").build();
  }

  @Test
  void text(Simulator simulator) {
    Interaction answer = client(simulator).create(InteractionRequest.model(MODEL).input("My name is Ada.").build());
    assertFalse(answer.text().isBlank(), answer.toString());
  }

  @Test
  void structuredOutput(Simulator simulator) {
    Contact contact = client(simulator).generate(MODEL,
        "Extract the contact: Grace Hopper, grace@navy.example, about COBOL", ContactSchema.TYPE);
    assertEquals("grace@navy.example", contact.email());
    assertTrue(contact.topics().size() <= 3);
  }

  @Test
  void stream(Simulator simulator) {
    try (InteractionStream stream = client(simulator).stream(InteractionRequest.model(MODEL).input("Tell a short story").build())) {
      assertTrue(stream.events().count() > 2, "several events");
      assertFalse(stream.result().text().isBlank());
    }
  }

  @Test
  void tools(Simulator simulator) {
    List<String> cities = new CopyOnWriteArrayList<>();
    WeatherTools local = city -> {
      cities.add(city);
      return new WeatherTools.Forecast(city, 21);
    };
    ToolRun run = ToolLoop.builder(client(simulator), WeatherToolsFunctions.bind(local)).build()
        .run(InteractionRequest.model(MODEL).input("What is the weather in Paris?").build());
    assertEquals(1, cities.size(), "the model called the tool once");
    assertTrue(run.text().contains("21"), run.text());
  }

  @Test
  void service(Simulator simulator) {
    Assistant assistant = GeminiAssistant.create(client(simulator), city -> new WeatherTools.Forecast(city, 18));
    assertFalse(assistant.ask("Hello").isBlank());
    assertEquals("ada@example.com", assistant.contact("Ada Lovelace, ada@example.com").email());
    try (Stream<String> deltas = assistant.narrate("the sea")) {
      assertFalse(deltas.collect(Collectors.joining()).isBlank());
    }
  }

  @Test
  void background() {
    try (Simulator simulator = Simulator.builder().backgroundDuration(Duration.ofMillis(100)).start()) {
      BackgroundTask<Interaction> task = client(simulator).startBackground(
          InteractionRequest.agent("deep-research-pro-preview-12-2025").input("Java build tools").background(true).build());
      Interaction report = task.await(Duration.ofSeconds(20), progress -> {});
      assertTrue(report.text().contains("Java"), report.text());
    }
  }
}
