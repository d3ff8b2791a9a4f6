package dev.interactions4j;

import dev.interactions4j.simulator.Simulator;
import java.time.Duration;

/** Clients for tests, pointed at a simulator, with fast retries and polling. */
final class Clients {
  static final String KEY = "test-key-5f3c9a1e-never-shown";
  static final String MODEL = "gemini-3-flash-preview";

  private Clients() {}

  static GeminiClientBuilder builder(Simulator simulator) {
    return GeminiClient.builder()
        .apiKey(KEY)
        .baseUrl(simulator.baseUrl())
        .requestTimeout(Duration.ofSeconds(10))
        .retryPolicy(new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(200), 2.0, 0.2, Duration.ofSeconds(20)))
        .pollingPolicy(new PollingPolicy(Duration.ofMillis(20), Duration.ofMillis(100), 1.5));
  }

  /** A client of a hostile loopback server: small bounds, so that each attack ends in well under a second. */
  static GeminiClientBuilder hostile(HostileServer server) {
    return GeminiClient.builder()
        .apiKey(KEY)
        .baseUrl(server.baseUrl())
        .requestTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofMillis(300))
        .callTimeout(Duration.ofSeconds(3))
        .retryPolicy(RetryPolicy.none());
  }

  static GeminiClient client(Simulator simulator) {
    return builder(simulator).build();
  }
}
