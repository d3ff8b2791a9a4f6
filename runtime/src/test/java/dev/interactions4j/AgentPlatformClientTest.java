package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Agent Platform endpoint over real HTTP: every call on the projects path, bearer tokens, refresh on 401. */
@Timeout(30)
class AgentPlatformClientTest {
  private static final String TOKEN = "ya29.test-token-7d1e-never-shown";
  private static final String BASE = "/v1beta1/projects/my-project/locations/us-central1/interactions";

  private final Simulator simulator = Simulator.builder().bearerToken(TOKEN).backgroundDuration(Duration.ofMillis(100)).start();

  @AfterEach
  void stop() {
    simulator.close();
  }

  /** Credentials that hand out {@code first} until asked to refresh, then {@code refreshed}. */
  static final class CountingCredentials implements Credentials {
    final AtomicInteger refreshes = new AtomicInteger();
    private final String first;
    private final String refreshed;

    CountingCredentials(String first, String refreshed) {
      this.first = first;
      this.refreshed = refreshed;
    }

    @Override
    public String accessToken() {
      return refreshes.get() == 0 ? first : refreshed;
    }

    @Override
    public String refreshAccessToken() {
      refreshes.incrementAndGet();
      return refreshed;
    }
  }

  private GeminiClient client(Credentials credentials) {
    return Clients.builder(simulator).apiKey(null).agentPlatform("my-project", "us-central1").credentials(credentials).build();
  }

  @Test
  void everyCall_goesToTheProjectsPath_withTheBearerToken() {
    GeminiClient client = client(Credentials.ofToken(TOKEN));
    Interaction created = client.create(InteractionRequest.model(Clients.MODEL).input("Hi, my name is Ada.").build());
    client.get(created.id());
    simulator.faults().dropStreamAfter(3, 1);
    try (InteractionStream stream = client.stream(InteractionRequest.model(Clients.MODEL).input("Tell me a story").build())) {
      stream.forEachRemaining(event -> { });
      assertEquals(InteractionStatus.COMPLETED, stream.result().status());
    }
    BackgroundTask<Interaction> task = client.startBackground(
        InteractionRequest.agent("deep-research-pro-preview-12-2025").input("Tides").build());
    assertEquals(InteractionStatus.COMPLETED, task.awaitInteraction(Duration.ofSeconds(10), progress -> { }).status());
    simulator.backgroundDuration(Duration.ofSeconds(30));
    BackgroundTask<Interaction> cancelled = client.startBackground(
        InteractionRequest.agent("deep-research-pro-preview-12-2025").input("Tides").build());
    assertEquals(InteractionStatus.CANCELLED, cancelled.cancel().status());
    client.delete(created.id());

    List<RecordedRequest> requests = simulator.requests();
    List<String> paths = new ArrayList<>();
    for (RecordedRequest request : requests) {
      assertTrue(request.pathAndQuery().startsWith(BASE), request.pathAndQuery());
      assertEquals("Bearer <redacted>", request.header("Authorization"));
      assertEquals(null, request.header("x-goog-api-key"));
      paths.add(request.method() + " " + request.pathAndQuery().substring(BASE.length()).replaceAll("/v1_[^/?]+", "/{id}")
          .replaceAll("last_event_id=[^&]+", "last_event_id={e}"));
    }
    assertTrue(paths.contains("GET /{id}?stream=true&last_event_id={e}"), "the stream resumed on the projects path: " + paths);
    assertTrue(paths.containsAll(List.of("POST ", "GET /{id}", "POST /{id}/cancel", "DELETE /{id}")), paths.toString());
  }

  @Test
  void aRefusedToken_isRefreshedOnce_andTheCallRetried() {
    CountingCredentials credentials = new CountingCredentials("ya29.expired-one", TOKEN);
    GeminiClient client = client(credentials);

    Interaction answer = client.create(InteractionRequest.model(Clients.MODEL).input("Hello").build());

    assertEquals(InteractionStatus.COMPLETED, answer.status());
    assertEquals(1, credentials.refreshes.get());
    assertEquals(2, simulator.requests().size());
    assertEquals(1, simulator.interactionsCreated());
  }

  @Test
  void aTokenRefusedAfterItsRefresh_failsWith401_andNoTokenInTheMessage() {
    CountingCredentials credentials = new CountingCredentials("ya29.expired-one", "ya29.also-wrong");
    GeminiClient client = client(credentials);

    GeminiApiException refused = assertThrows(GeminiApiException.class,
        () -> client.create(InteractionRequest.model(Clients.MODEL).input("Hello").build()));

    assertEquals(401, refused.httpStatus());
    assertEquals(1, credentials.refreshes.get(), "refreshed once, not in a loop");
    for (String shown : List.of(refused.getMessage(), refused.toString(), client.toString(),
        Clients.builder(simulator).credentials(credentials).toString())) {
      assertFalse(shown.contains("ya29."), shown);
    }
  }

  @Test
  void aFixedToken_thatIsRefused_isNotRetried() {
    GeminiClient client = client(Credentials.ofToken("ya29.wrong"));

    assertThrows(GeminiApiException.class, () -> client.get("v1_missing"));

    assertEquals(1, simulator.requests().size());
    assertFalse(Credentials.ofToken("ya29.wrong").toString().contains("ya29"));
  }

  @Test
  void expressMode_sendsTheApiKey_toTheExpressPath() {
    GeminiClient client = Clients.builder(simulator).agentPlatformExpress().build();

    client.create(InteractionRequest.model(Clients.MODEL).input("Hello").build());

    RecordedRequest request = simulator.requests().get(0);
    assertEquals("/v1beta1/interactions", request.pathAndQuery());
    assertEquals("<redacted>", request.header("x-goog-api-key"));
  }

  @Test
  void aQuotaProject_isSentAsUserProject() {
    GeminiClient client = client(new Credentials() {
      @Override
      public String accessToken() {
        return TOKEN;
      }

      @Override
      public String refreshAccessToken() {
        return TOKEN;
      }

      @Override
      public String quotaProject() {
        return "billing-project";
      }
    });

    client.create(InteractionRequest.model(Clients.MODEL).input("Hello").build());

    assertEquals("billing-project", simulator.requests().get(0).header("x-goog-user-project"));
  }
}
