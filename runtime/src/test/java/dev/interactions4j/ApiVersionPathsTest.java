package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.wire.EnvironmentSetting;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionStatus;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The client's API version over real HTTP: every Interactions call (create, get, cancel,
 * delete, stream, resume) on both versions of both endpoints goes to that version's path.
 */
@Timeout(60)
class ApiVersionPathsTest {
  private final Simulator simulator = Simulator.builder().backgroundDuration(Duration.ofMillis(300)).start();

  @AfterEach
  void stop() {
    simulator.close();
  }

  private GeminiClientBuilder builder(String endpoint) {
    GeminiClientBuilder builder = Clients.builder(simulator);
    return switch (endpoint) {
      case "gemini" -> builder;
      case "platform" -> builder.apiKey(null).agentPlatform("my-project", "us-central1").credentials(Credentials.ofToken("t"));
      case "express" -> builder.agentPlatformExpress();
      default -> throw new IllegalArgumentException(endpoint);
    };
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "gemini, v1, /v1/interactions",
      "gemini, v1beta, /v1beta/interactions",
      "platform, v1, /v1/projects/my-project/locations/us-central1/interactions",
      "platform, v1beta1, /v1beta1/projects/my-project/locations/us-central1/interactions",
      "express, v1, /v1/interactions",
      "express, v1beta1, /v1beta1/interactions"})
  void everyInteractionsCall_usesTheVersionsPath(String endpoint, String version, String base) {
    try (GeminiClient client = builder(endpoint).apiVersion(ApiVersion.of(version)).build()) {
      Interaction created = client.create(InteractionRequest.model(Clients.MODEL).input("my name is Ada").build());
      assertEquals(created.id(), client.get(created.id()).id());
      client.delete(created.id());

      BackgroundTask<Interaction> task = client.startBackground(InteractionRequest.model(Clients.MODEL).input("a long job").build());
      assertEquals(InteractionStatus.CANCELLED, task.cancel().status());

      simulator.faults().dropStreamAfter(3, 1);
      Interaction streamed;
      try (InteractionStream stream = client.stream(InteractionRequest.model(Clients.MODEL)
          .input("Tell me a story about a lighthouse keeper and a storm that lasted nine days").build())) {
        stream.forEachRemaining(event -> { });
        streamed = stream.result();
      }
      assertTrue(streamed.text().contains("lighthouse"), streamed.text());
    }

    List<RecordedRequest> requests = simulator.requests();
    assertEquals(Set.of(version), versions(requests), requests.toString());
    Set<String> calls = new TreeSet<>();
    for (RecordedRequest request : requests) {
      assertTrue(request.pathAndQuery().startsWith(base), request.pathAndQuery());
      String rest = request.pathAndQuery().substring(base.length()).replaceAll("^/[^/?]+", "/{id}").replaceAll("last_event_id=.*", "last_event_id=E");
      calls.add(request.method() + " " + rest);
    }
    assertEquals(Set.of("POST ", "GET /{id}", "DELETE /{id}", "POST /{id}/cancel", "GET /{id}?stream=true&last_event_id=E"), calls);
  }

  private static Set<String> versions(List<RecordedRequest> requests) {
    Set<String> versions = new TreeSet<>();
    requests.forEach(request -> versions.add(request.apiVersion()));
    return versions;
  }

  @Test
  void theDefaults_areV1betaOnTheGeminiApi_andV1beta1OnTheAgentPlatform() {
    try (GeminiClient gemini = Clients.client(simulator); GeminiClient platform = builder("platform").build()) {
      gemini.create(InteractionRequest.model(Clients.MODEL).input("hi").build());
      platform.create(InteractionRequest.model(Clients.MODEL).input("hi").build());
    }
    assertEquals(List.of("v1beta", "v1beta1"), simulator.requests().stream().map(RecordedRequest::apiVersion).toList());
  }

  @Test
  void theResourcesBesideInteractions_followTheVersion() {
    try (GeminiClient client = Clients.builder(simulator).apiVersion(ApiVersion.V1).build()) {
      client.webhooks().list(null);
      Interaction answer = client.create(InteractionRequest.model(Clients.MODEL).input("Write a haiku")
          .environment(EnvironmentSetting.remote()).build());
      client.environmentFiles().list(answer.environmentId(), "", false);
    }
    assertEquals(Set.of("v1"), versions(simulator.requests()));
    assertTrue(simulator.requests().stream().anyMatch(request -> request.pathAndQuery().startsWith("/v1/webhooks")));
    assertTrue(simulator.requests().stream().anyMatch(request -> request.pathAndQuery().startsWith("/v1/environments/")));
  }

  @Test
  void aVersionOfTheOtherEndpoint_isRefusedWhenTheClientIsBuilt() {
    GeminiException onGemini = assertThrows(GeminiException.class,
        () -> Clients.builder(simulator).apiVersion(ApiVersion.V1BETA1).build());
    assertEquals("API version v1beta1 is the Agent Platform's; the Gemini API serves v1 and v1beta", onGemini.getMessage());
    GeminiException onPlatform = assertThrows(GeminiException.class,
        () -> builder("platform").apiVersion(ApiVersion.V1BETA).build());
    assertEquals("API version v1beta is the Gemini API's; the Agent Platform serves v1 and v1beta1", onPlatform.getMessage());
  }

  @Test
  void aFutureVersion_isKeptAsGiven() {
    try (GeminiClient client = Clients.builder(simulator).apiVersion(ApiVersion.of("v2")).build()) {
      assertThrows(GeminiApiException.class, () -> client.create(InteractionRequest.model(Clients.MODEL).input("hi").build()));
    }
    assertEquals("/v2/interactions", simulator.requests().get(0).pathAndQuery());
  }

  @Test
  void aMalformedVersion_isRefusedWithTheShapeExpected() {
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> ApiVersion.of("/v1"));
    assertEquals("API version '/v1' is not one; expected a path segment such as v1, v1beta (Gemini API) or v1beta1"
        + " (Agent Platform)", bad.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ApiVersion.of("V1"));
    assertThrows(IllegalArgumentException.class, () -> ApiVersion.of("v1/../x"));
    assertEquals(ApiVersion.V1, ApiVersion.of(" v1 "));
    assertEquals("v1beta", ApiVersion.V1BETA.toString());
  }
}
