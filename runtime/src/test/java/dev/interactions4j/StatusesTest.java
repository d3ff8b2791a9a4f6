package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.internal.ServiceSession;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.tools.ToolFunction;
import dev.interactions4j.tools.ToolLoop;
import dev.interactions4j.tools.ToolRun;
import dev.interactions4j.tools.ToolSet;
import dev.interactions4j.wire.Input;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionStatus;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code budget_exceeded}, {@code requires_continuation} and statuses the library does not know
 * end every path without an exception of the wrong kind, the answer kept: over HTTP, the server's
 * answers given by the simulator's canned-answer fault.
 */
@ExtendWith(SimulatorExtension.class)
class StatusesTest {
  private static final InteractionRequest HELLO = InteractionRequest.model(Clients.MODEL).input("Hello").build();

  private static String answer(String status, String extra) {
    return "{\"id\":\"v1_s\",\"status\":\"" + status + "\",\"steps\":[{\"type\":\"model_output\",\"content\":"
        + "[{\"type\":\"text\",\"text\":\"So far\"}]}],\"object\":\"interaction\",\"model\":\"" + Clients.MODEL + "\"" + extra + "}";
  }

  @ParameterizedTest
  @ValueSource(strings = {"budget_exceeded", "requires_continuation", "awaiting_review"})
  void create_keepsTheAnswer_whateverItsStatus(String status, Simulator simulator) {
    simulator.faults().respondNext(200, "application/json", answer(status, ""));

    Interaction read = Clients.client(simulator).create(HELLO);

    assertEquals(status, read.status().value());
    assertEquals("So far", read.text());
    assertFalse(read.requiresContinuation(), "no token, nothing to continue");
    assertEquals(1, simulator.requests().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"budget_exceeded", "awaiting_review"})
  void toolLoop_endsAtTheStatus_withTheAnswer(String status, Simulator simulator) {
    simulator.faults().respondNext(200, "application/json", answer(status, ""));
    ToolSet tools = ToolSet.of(ToolFunction.of("noop", "Does nothing", "{\"type\":\"object\"}", arguments -> "{}"));

    ToolRun run = ToolLoop.builder(Clients.client(simulator), tools).build().run(HELLO);

    assertEquals(status, run.result().status().value());
    assertEquals(0, run.rounds());
    assertEquals("So far", run.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"budget_exceeded", "requires_continuation", "awaiting_review"})
  void structuredAndTextServices_failTyped_carryingTheAnswer(String status, Simulator simulator) {
    simulator.faults().respondNext(200, "application/json", answer(status, ",\"continuation_token\":\"ct_MTA\""));
    GeminiClient client = Clients.builder(simulator).autoContinue(false).build();

    InteractionFailedException failed = assertThrows(InteractionFailedException.class,
        () -> ServiceSession.stateless(client, null).text(HELLO, Input.text("Hello")));

    assertEquals(status, failed.status().value());
    assertEquals("So far", failed.interaction().text());
    assertEquals(status.equals("requires_continuation"), failed.getMessage().contains("continuation_token"), failed.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"budget_exceeded", "awaiting_review"})
  void backgroundPolling_stopsAtTheStatus_andReturnsTheAnswer(String status, Simulator simulator) {
    GeminiClient client = Clients.client(simulator);
    simulator.backgroundDuration(Duration.ofMinutes(5));
    BackgroundTask<Interaction> task = client.startBackground(HELLO);
    simulator.faults().respondNext(200, "application/json", answer(status, "").replace("v1_s", task.id()));

    Interaction ended = task.await(Duration.ofSeconds(10));

    assertEquals(status, ended.status().value());
    assertEquals("So far", ended.text());
    simulator.faults().respondNext(200, "application/json", answer(status, "").replace("v1_s", task.id()));
    assertThrows(InteractionFailedException.class, () -> task.map(ServiceSession::textOf).await(Duration.ofSeconds(10)));
  }

  @Test
  void aStream_endingInAnUnknownStatus_keepsItsResult(Simulator simulator) {
    String events = event("interaction.created", "{\"interaction\":{\"id\":\"v1_s\",\"status\":\"in_progress\",\"object\":"
        + "\"interaction\",\"model\":\"m\"},\"event_type\":\"interaction.created\"}")
        + event("step.start", "{\"index\":0,\"step\":{\"type\":\"model_output\"},\"event_type\":\"step.start\"}")
        + event("step.delta", "{\"index\":0,\"delta\":{\"type\":\"text\",\"text\":\"So far\"},\"event_type\":\"step.delta\"}")
        + event("step.stop", "{\"index\":0,\"event_type\":\"step.stop\"}")
        + event("interaction.completed", "{\"interaction\":{\"id\":\"v1_s\",\"status\":\"awaiting_review\",\"object\":"
        + "\"interaction\",\"model\":\"m\"},\"event_type\":\"interaction.completed\"}")
        + "event: done\ndata: [DONE]\n\n";
    simulator.faults().respondNext(200, "text/event-stream", events);

    Interaction result;
    try (InteractionStream stream = Clients.client(simulator).stream(HELLO)) {
      result = stream.result();
    }

    assertEquals(new InteractionStatus("awaiting_review"), result.status());
    assertFalse(result.status().isTerminal() || result.status().isRunning());
    assertEquals("So far", result.text());
    assertTrue(result.steps().size() == 1);
  }

  private static String event(String type, String json) {
    return "event: " + type + "\ndata: " + json + "\n\n";
  }
}
