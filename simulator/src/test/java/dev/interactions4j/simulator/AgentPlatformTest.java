package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.genai.Client;
import com.google.genai.gaos.models.interactions.CreateModelInteraction;
import com.google.genai.gaos.models.interactions.Interaction;
import com.google.genai.gaos.models.interactions.InteractionsInput;
import com.google.genai.gaos.models.operations.CreateInteractionRequestBody;
import com.google.genai.types.HttpOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Agent Platform side, with Google's SDK as the oracle of paths and auth: what its Vertex
 * client sends is what the simulator serves, and google-auth-library's real service-account flow
 * gets its tokens from the simulator's token endpoint.
 */
@Timeout(90)
class AgentPlatformTest {
  private static final String CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";

  private static Client sdk(Simulator simulator, GoogleCredentials credentials, String location) {
    return Client.builder().vertexAI(true).project("my-project").location(location).credentials(credentials)
        .httpOptions(HttpOptions.builder().baseUrl(simulator.baseUrl()).build()).build();
  }

  private static Interaction hello(Client client) {
    return client.interactions.create(CreateInteractionRequestBody.of(CreateModelInteraction.builder()
        .model("gemini-3-flash-preview").input(InteractionsInput.of("Hello, my name is Ada.")).build()))
        .interaction().orElseThrow();
  }

  private static GoogleCredentials token(String value) {
    return GoogleCredentials.create(new AccessToken(value, new Date(System.currentTimeMillis() + 3_600_000)));
  }

  @Test
  void sdksVertexClient_callsTheProjectsPath_withItsBearerToken() {
    try (Simulator simulator = Simulator.builder().bearerToken("token-1").start();
        Client client = sdk(simulator, token("token-1"), "us-central1")) {
      Interaction created = hello(client);
      String id = created.id().orElseThrow();
      client.interactions.get(new com.google.genai.gaos.models.operations.GetInteractionByIdRequest(id));
      client.interactions.delete(id);

      List<RecordedRequest> requests = simulator.requests();
      String base = "/v1beta1/projects/my-project/locations/us-central1/interactions";
      assertEquals(List.of("POST " + base, "GET " + base + "/" + id, "DELETE " + base + "/" + id),
          requests.stream().map(r -> r.method() + " " + r.pathAndQuery()).toList());
      assertEquals("Bearer <redacted>", requests.get(0).header("Authorization"));
      assertEquals(null, requests.get(0).header("x-goog-api-key"));
    }
  }

  @Test
  void aTokenTheSimulatorDoesNotKnow_isRefused() {
    try (Simulator simulator = Simulator.builder().bearerToken("token-1").start();
        Client client = sdk(simulator, token("someone-elses"), "global")) {
      RuntimeException refused = assertThrows(RuntimeException.class, () -> hello(client));

      assertTrue(String.valueOf(refused.getMessage()).contains("401") || refused.toString().contains("UNAUTHENTICATED"),
          refused::toString);
      assertEquals(0, simulator.interactionsCreated());
    }
  }

  @Test
  void anApiKey_onTheProjectsPath_isRefusedAsThePlatformDoes() {
    try (Simulator simulator = Simulator.start()) {
      Http.Answer answer = Http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl()
              + "/v1beta1/projects/p/locations/global/interactions")).header("x-goog-api-key", "k")
          .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"input\":\"Hi\"}")).build());

      assertEquals(401, answer.status());
      assertTrue(answer.body().contains("API keys are not supported by this API"), answer.body());
    }
  }

  @Test
  void expressMode_takesAnApiKey_onBothDocumentedPaths() {
    try (Simulator simulator = Simulator.builder().apiKey("express-key").start()) {
      for (String path : List.of("/v1beta1/interactions", "/v1beta1/locations/global/interactions")) {
        Http.Answer answer = Http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
            .header("x-goog-api-key", "express-key").POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"input\":\"Hi\"}")).build());

        assertEquals(200, answer.status(), path + ": " + answer.body());
      }
    }
  }

  @Test
  void serviceAccountKeyFile_getsItsTokenFromTheSimulator_andTheSdkUsesIt() throws IOException {
    try (Simulator simulator = Simulator.start()) {
      String keyFile = simulator.newServiceAccountKeyFile("my-project");
      GoogleCredentials credentials = ServiceAccountCredentials.fromStream(
          new ByteArrayInputStream(keyFile.getBytes(StandardCharsets.UTF_8))).createScoped(List.of(CLOUD_PLATFORM));

      try (Client client = sdk(simulator, credentials, "europe-west4")) {
        assertFalse(hello(client).id().isEmpty());
      }
      assertEquals(1, simulator.tokensIssued());
      // Only issued tokens count once a service account is trusted.
      try (Client stranger = sdk(simulator, token("made-up"), "europe-west4")) {
        assertThrows(RuntimeException.class, () -> hello(stranger));
      }
    }
  }

  @Test
  void revokedAndExpiredTokens_areRefused_andAFreshOneWorks() throws IOException {
    try (Simulator simulator = Simulator.builder().tokenLifetime(Duration.ofHours(1)).start()) {
      GoogleCredentials credentials = ServiceAccountCredentials.fromStream(new ByteArrayInputStream(
          simulator.newServiceAccountKeyFile("p").getBytes(StandardCharsets.UTF_8))).createScoped(List.of(CLOUD_PLATFORM));
      credentials.refresh();
      String first = credentials.getAccessToken().getTokenValue();
      simulator.revokeTokens();

      assertEquals(401, platformGet(simulator, first).status());
      credentials.refresh();
      assertEquals(404, platformGet(simulator, credentials.getAccessToken().getTokenValue()).status(),
          "a fresh token passes authentication and reaches the (missing) interaction");
      assertEquals(2, simulator.tokensIssued());
    }
  }

  @Test
  void tokenEndpoint_refusesAJwtSignedByAnUntrustedKey() throws IOException {
    try (Simulator simulator = Simulator.start(); Simulator other = Simulator.start()) {
      // A key file of another simulator names this simulator's endpoint: its key is not trusted here.
      String foreign = other.newServiceAccountKeyFile("p").replace(other.tokenUri(), simulator.tokenUri());
      GoogleCredentials credentials = ServiceAccountCredentials.fromStream(
          new ByteArrayInputStream(foreign.getBytes(StandardCharsets.UTF_8))).createScoped(List.of(CLOUD_PLATFORM));

      IOException refused = assertThrows(IOException.class, credentials::refresh);
      assertTrue(refused.getMessage().contains("invalid_grant"), refused.getMessage());
      assertEquals(0, simulator.tokensIssued());
    }
  }

  private static Http.Answer platformGet(Simulator simulator, String token) {
    return Http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl()
        + "/v1beta1/projects/p/locations/us-central1/interactions/v1_missing")).header("Authorization", "Bearer " + token).GET().build());
  }
}
