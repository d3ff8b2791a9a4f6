package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionStatus;
import dev.interactions4j.wire.WireFormatException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest {
  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();

  private final GeminiClient client = Clients.client(SIMULATOR.simulator());
  private final InteractionRequest hello = InteractionRequest.model(Clients.MODEL).input("Hello").build();

  @Test
  void unavailableTwice_thenSucceeds() {
    SIMULATOR.simulator().faults().failNext(2, 503);
    int createdBefore = SIMULATOR.simulator().interactionsCreated();

    Interaction answer = client.create(hello);

    assertEquals(InteractionStatus.COMPLETED, answer.status());
    assertEquals(3, SIMULATOR.simulator().requests().size());
    assertEquals(createdBefore + 1, SIMULATOR.simulator().interactionsCreated(), "failed attempts create nothing");
  }

  @Test
  void rateLimited_honoursRetryAfter() {
    SIMULATOR.simulator().faults().failNext(1, 429, Duration.ofSeconds(1));

    long start = System.nanoTime();
    client.create(hello);
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

    assertTrue(elapsedMillis >= 950, "waited " + elapsedMillis + " ms, Retry-After said 1 s");
    assertEquals(2, SIMULATOR.simulator().requests().size());
  }

  @Test
  void budgetExhausted_givesTheLastErrorTyped() {
    SIMULATOR.simulator().faults().failNext(10, 503);

    GeminiApiException failure = assertThrows(GeminiApiException.class, () -> client.create(hello));

    assertEquals(503, failure.httpStatus());
    assertEquals("UNAVAILABLE", failure.errorStatus().orElseThrow());
    assertEquals(4, SIMULATOR.simulator().requests().size(), "maxAttempts of the test policy");
  }

  @Test
  void retryAfterBeyondTheTimeBudget_givesUpAtOnce() {
    GeminiClient patient = Clients.builder(SIMULATOR.simulator())
        .retryPolicy(new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(50), 2, 0, Duration.ofSeconds(2)))
        .build();
    SIMULATOR.simulator().faults().failNext(1, 429, Duration.ofSeconds(30));

    GeminiApiException failure = assertThrows(GeminiApiException.class, () -> patient.create(hello));

    assertTrue(failure.isRateLimited());
    assertEquals(1, SIMULATOR.simulator().requests().size());
  }

  @Test
  void connectionReset_isRetried() {
    SIMULATOR.simulator().faults().resetNext(2);

    Interaction answer = client.create(hello);

    assertEquals(InteractionStatus.COMPLETED, answer.status());
    assertEquals(3, SIMULATOR.simulator().requests().size());
  }

  @Test
  void connectionResetEveryTime_isATransportException() {
    SIMULATOR.simulator().faults().resetNext(10);

    assertThrows(GeminiTransportException.class, () -> client.create(hello));
  }

  @Test
  void badRequest_isNotRetried() {
    GeminiApiException failure = assertThrows(GeminiApiException.class,
        () -> client.create(InteractionRequest.builder().input("no model").build()));

    assertEquals(400, failure.httpStatus());
    assertEquals("INVALID_ARGUMENT", failure.errorStatus().orElseThrow());
    assertTrue(failure.getMessage().contains("Exactly one of 'model' and 'agent'"), failure.getMessage());
    assertEquals(1, SIMULATOR.simulator().requests().size());
  }

  @Test
  void stringErrorCodes_areAccepted() {
    String body = "{\"error\": {\"message\": \"Invalid input at 'input[0].content[0].processing'.\", \"code\": \"invalid_request\"}}";
    SIMULATOR.simulator().faults().respondNext(400, "application/json", body);

    GeminiApiException failure = assertThrows(GeminiApiException.class, () -> client.create(hello));

    assertEquals("invalid_request", failure.errorCode().orElseThrow());
    assertEquals(body, failure.rawBody());
    assertTrue(failure.errorStatus().isEmpty());
  }

  @Test
  void malformedJson_isAWireFormatExceptionWithTheRawText() {
    SIMULATOR.simulator().faults().respondNext(200, "application/json", "{\"id\": \"v1_x\", \"status\": ");

    WireFormatException failure = assertThrows(WireFormatException.class, () -> client.create(hello));

    assertEquals("{\"id\": \"v1_x\", \"status\": ", failure.rawText());
  }

  @Test
  void bodyOfTheWrongType_isAWireFormatException() {
    SIMULATOR.simulator().faults().respondNext(200, "application/json", "{\"id\": \"v1_y\", \"steps\": {\"type\": \"text\"}}");

    WireFormatException failure = assertThrows(WireFormatException.class, () -> client.create(hello));

    assertEquals("v1_y", failure.interactionId().orElseThrow());
    assertTrue(failure.getMessage().contains("'steps' must be a list"), failure.getMessage());
  }

  @Test
  void latencyBeyondTheRequestTimeout_isATimeout() {
    GeminiClient impatient = Clients.builder(SIMULATOR.simulator()).requestTimeout(Duration.ofMillis(200))
        .retryPolicy(RetryPolicy.none()).build();
    SIMULATOR.simulator().faults().delayNext(Duration.ofSeconds(2));

    assertThrows(GeminiTimeoutException.class, () -> impatient.create(hello));
  }

  @Test
  void unknownFieldsAndTypes_areTolerated() {
    SIMULATOR.simulator().faults().respondNext(200, "application/json", "{\"id\":\"v1_z\",\"status\":\"completed\","
        + "\"usage\":{\"total_tokens\":3,\"raw_prompt_token\":9,\"grounding_tool_count\":[1]},"
        + "\"steps\":[{\"type\":\"hologram\",\"depth\":3},{\"type\":\"model_output\",\"content\":[{\"type\":\"text\",\"text\":\"ok\"}]}],"
        + "\"object\":\"interaction\",\"model\":\"m\",\"brand_new_field\":{}}");

    Interaction answer = client.create(hello);

    assertEquals("ok", answer.text());
    assertEquals("hologram", answer.steps().get(0).type());
    assertEquals(3, answer.usage().totalTokens());
  }
}
