package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Input;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionStatus;
import dev.interactions4j.wire.Step;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClientCallsTest {
  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();

  private final GeminiClient client = Clients.client(SIMULATOR.simulator());

  @Test
  void create_answersWithTheNewStepsAndUsage() {
    Interaction answer = client.create(InteractionRequest.model(Clients.MODEL).input("Hi, my name is Ada.").build());

    assertEquals(InteractionStatus.COMPLETED, answer.status());
    assertTrue(answer.id().startsWith("v1_"), answer.id());
    assertEquals("Nice to meet you, Ada!", answer.text());
    assertEquals(1, answer.steps().size());
    assertTrue(answer.usage().totalInputTokens() > 0);
    assertEquals(answer.usage().totalInputTokens() + answer.usage().totalOutputTokens(), answer.usage().totalTokens());
  }

  @Test
  void everyCall_sendsKeyInHeaderRevisionAndClientId() {
    client.create(InteractionRequest.model(Clients.MODEL).input("Hello").build());

    RecordedRequest request = SIMULATOR.simulator().requests().get(0);
    assertEquals("POST", request.method());
    assertEquals("/v1beta/interactions", request.pathAndQuery());
    assertEquals("2026-05-20", request.header("Api-Revision"));
    assertTrue(request.header("x-goog-api-client").startsWith("interactions4j/"));
    assertEquals("application/json", request.header("Content-Type"));
    assertEquals("<redacted>", request.header("x-goog-api-key"));
    assertEquals("{\"model\":\"gemini-3-flash-preview\",\"input\":\"Hello\"}", request.bodyText());
  }

  @Test
  void get_returnsTheWholeTimelineFromUserInput() {
    Interaction created = client.create(InteractionRequest.model(Clients.MODEL).input("my city is Lyon").build());

    Interaction fetched = client.get(created.id());

    assertEquals(created.id(), fetched.id());
    assertTrue(fetched.steps().get(0) instanceof Step.UserInput);
    Step.UserInput input = (Step.UserInput) fetched.steps().get(0);
    assertEquals(List.of(Content.text("my city is Lyon")), input.content());
    assertEquals(created.text(), fetched.text());
  }

  @Test
  void delete_removesIt_thenGetIsNotFoundWithTheServersMessage() {
    Interaction created = client.create(InteractionRequest.model(Clients.MODEL).input("Hello").build());

    client.delete(created.id());
    GeminiApiException missing = assertThrows(GeminiApiException.class, () -> client.get(created.id()));

    assertTrue(missing.isNotFound());
    assertEquals("NOT_FOUND", missing.errorStatus().orElseThrow());
    assertTrue(missing.serverMessage().orElseThrow().contains(created.id()));
    assertEquals(created.id(), missing.interactionId().orElseThrow());
    assertEquals(2 + 1, SIMULATOR.simulator().requests().size(), "a 404 is not retried");
  }

  @Test
  void cancel_ofACompletedInteraction_isATypedError() {
    Interaction created = client.create(InteractionRequest.model(Clients.MODEL).input("Hello").build());

    GeminiApiException refused = assertThrows(GeminiApiException.class, () -> client.cancel(created.id()));

    assertEquals(400, refused.httpStatus());
    assertEquals("FAILED_PRECONDITION", refused.errorStatus().orElseThrow());
  }

  @Test
  void storeFalse_answersWithoutId() {
    Interaction answer = client.create(InteractionRequest.model(Clients.MODEL).input("Hello").store(false).build());

    assertNull(answer.id());
    assertEquals(InteractionStatus.COMPLETED, answer.status());
  }

  @Test
  void unknownPreviousId_isNotFound() {
    GeminiApiException missing = assertThrows(GeminiApiException.class, () -> client.create(
        InteractionRequest.model(Clients.MODEL).input("Hi").previousInteractionId("v1_nope").build()));

    assertTrue(missing.isNotFound());
  }

  @Test
  void imageOutput_isARealPng() {
    Interaction answer = client.create(InteractionRequest.model("gemini-2.5-flash-image")
        .input("a lighthouse at dawn").responseModalities("text", "image").build());

    List<Content.Image> images = answer.outputs(Content.Image.class);
    assertEquals(1, images.size());
    assertEquals("image/png", images.get(0).mimeType());
    byte[] png = images.get(0).data().bytes();
    assertEquals((byte) 0x89, png[0]);
    assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void multimodalInput_isSentAsContentList() {
    client.create(InteractionRequest.model(Clients.MODEL)
        .input(Input.of(Content.text("What is this?"), Content.image("image/png", "iVBORw0KGgo="))).build());

    String body = SIMULATOR.simulator().requests().get(0).bodyText();
    assertTrue(body.contains("\"input\":[{\"type\":\"text\",\"text\":\"What is this?\"},"
        + "{\"type\":\"image\",\"data\":\"iVBORw0KGgo=\",\"mime_type\":\"image/png\"}]"), body);
  }

  @Test
  void missingKey_failsAtBuildTimeNamingTheVariable() {
    GeminiException missing = assertThrows(GeminiException.class,
        () -> GeminiClient.builder().environment(name -> null).build());

    assertTrue(missing.getMessage().contains("GEMINI_API_KEY"));
  }

  @Test
  void baseUrl_defaultsFromEnvironment_thenGoogle() {
    GeminiClient fromEnv = GeminiClient.builder()
        .environment(name -> name.equals("GEMINI_API_KEY") ? "k" : name.equals("GEMINI_BASE_URL") ? "http://localhost:1/" : null)
        .build();
    GeminiClient google = GeminiClient.builder().environment(name -> name.equals("GEMINI_API_KEY") ? "k" : null).build();

    assertEquals("GeminiClient[baseUrl=http://localhost:1]", fromEnv.toString());
    assertEquals("GeminiClient[baseUrl=https://generativelanguage.googleapis.com]", google.toString());
    assertFalse(google.toString().contains("k]"));
  }

  @Test
  void createAsync_completesOnTheExecutor() throws Exception {
    Interaction answer = client.createAsync(InteractionRequest.model(Clients.MODEL).input("Hello").build()).get();

    assertEquals(InteractionStatus.COMPLETED, answer.status());
  }
}
