package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.wire.InteractionRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API key from the environment as Google's SDKs read it, over real HTTP to a simulator that
 * accepts one key only: {@code GOOGLE_API_KEY} before {@code GEMINI_API_KEY}, an argument before both.
 */
@Timeout(30)
class EnvironmentKeysTest {
  private static final String RIGHT = "right-key-31c7";
  private static final String WRONG = "wrong-key-9a02";

  @RegisterExtension final LogCapture logs = new LogCapture();
  private final Simulator simulator = Simulator.builder().apiKey(RIGHT).start();

  @AfterEach
  void stop() {
    simulator.close();
  }

  private void callWith(GeminiClientBuilder builder, Map<String, String> environment) {
    try (GeminiClient client = builder.apiKey(null).baseUrl(null).environment(environment::get).build()) {
      client.create(InteractionRequest.model(Clients.MODEL).input("hi").build());
    }
  }

  private Map<String, String> with(String... pairs) {
    Map<String, String> environment = new java.util.HashMap<>(Map.of("GEMINI_BASE_URL", simulator.baseUrl()));
    for (int i = 0; i < pairs.length; i += 2) {
      environment.put(pairs[i], pairs[i + 1]);
    }
    return environment;
  }

  @Test
  void googleApiKey_winsOverGeminiApiKey_withAWarning() {
    callWith(GeminiClient.builder(), with("GOOGLE_API_KEY", RIGHT, "GEMINI_API_KEY", WRONG));

    assertEquals(1, simulator.interactionsCreated());
    assertTrue(logs.logged().stream().anyMatch(line -> line.contains("Both GOOGLE_API_KEY and GEMINI_API_KEY are set;"
        + " using GOOGLE_API_KEY")), logs.logged().toString());
    assertFalse(logs.logged().stream().anyMatch(line -> line.contains(RIGHT) || line.contains(WRONG)), "no key is logged");
  }

  @Test
  void geminiApiKey_aloneIsUsed_andABlankGoogleApiKeyCountsAsUnset() {
    callWith(GeminiClient.builder(), with("GEMINI_API_KEY", RIGHT));
    callWith(GeminiClient.builder(), with("GOOGLE_API_KEY", " ", "GEMINI_API_KEY", RIGHT));

    assertEquals(2, simulator.interactionsCreated());
  }

  @Test
  void anArgument_beatsBothVariables() {
    try (GeminiClient client = GeminiClient.builder().apiKey(RIGHT)
        .environment(with("GOOGLE_API_KEY", WRONG, "GEMINI_API_KEY", WRONG)::get).build()) {
      client.create(InteractionRequest.model(Clients.MODEL).input("hi").build());
    }
    assertEquals(1, simulator.interactionsCreated());
  }

  @Test
  void theWrongVariableFirst_isRefused() {
    GeminiApiException refused = assertThrows(GeminiApiException.class,
        () -> callWith(GeminiClient.builder(), with("GOOGLE_API_KEY", WRONG, "GEMINI_API_KEY", RIGHT)));
    assertEquals(401, refused.httpStatus());
  }

  @Test
  void googleGeminiBaseUrl_isReadWhenGeminiBaseUrlIsNot() {
    Map<String, String> environment = Map.of("GOOGLE_API_KEY", RIGHT, "GOOGLE_GEMINI_BASE_URL", simulator.baseUrl());
    try (GeminiClient client = GeminiClient.builder().environment(environment::get).build()) {
      client.create(InteractionRequest.model(Clients.MODEL).input("hi").build());
    }
    assertEquals(1, simulator.interactionsCreated());
  }
}
