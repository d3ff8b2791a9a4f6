package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.InteractionRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The errors a newcomer meets first, each saying what went wrong and what to do. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FirstCallErrorsTest {
  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();

  private static final InteractionRequest HELLO = InteractionRequest.model(Clients.MODEL).input("Hello").build();
  private static final RetryPolicy QUICK =
      new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(20), 2.0, 0, Duration.ofSeconds(10));

  @Test
  void nothingListening_namesHostAttemptsElapsedAndRootCause_andLogsEachRetry() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // closed again before the call: nothing listens there
    }
    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Logger jul = Logger.getLogger("dev.interactions4j");
    Handler handler = new Handler() {
      @Override public void publish(LogRecord record) {
        logged.add(record);
      }
      @Override public void flush() {}
      @Override public void close() {}
    };
    Level before = jul.getLevel();
    jul.setLevel(Level.FINE);
    jul.addHandler(handler);
    try (GeminiClient client = GeminiClient.builder().baseUrl("http://127.0.0.1:" + port).retryPolicy(QUICK).build()) {
      GeminiTransportException failure = assertThrows(GeminiTransportException.class, () -> client.create(HELLO));
      String message = failure.getMessage();
      assertTrue(message.startsWith("POST /v1beta/interactions on 127.0.0.1:" + port + " failed after 3 attempts in "),
          message);
      assertTrue(message.contains("java.net.ConnectException"), "the root cause: " + message);
    } finally {
      jul.removeHandler(handler);
      jul.setLevel(before);
    }
    List<LogRecord> retries = logged.stream().filter(r -> r.getLevel() == Level.FINE).toList();
    assertEquals(2, retries.size(), "one DEBUG line per retry: " + retries);
  }

  @Test
  void unresolvedHost_saysSoAndNamesTheRootCause() {
    IOException wrapped = new java.net.ConnectException();
    wrapped.initCause(new UnresolvedAddressException());
    String message = TransportFailure.message("POST", URI.create("https://no-such-host.example/v1beta/interactions"),
        5, Duration.ofMillis(7_240), wrapped);
    assertEquals("POST /v1beta/interactions on no-such-host.example failed after 5 attempts in 7.2 s:"
        + " java.nio.channels.UnresolvedAddressException (as java.net.ConnectException) (the host name does not"
        + " resolve: no network, or a wrong host in the base URL)", message);
  }

  @Test
  void baseUrlWithoutScheme_saysWhatABaseUrlLooksLike() {
    GeminiException failure = assertThrows(GeminiException.class,
        () -> GeminiClient.builder().baseUrl("localhost:8089").apiKey("k").build());
    assertEquals("Base URL 'localhost:8089' is not an absolute http or https URL; write the scheme and host, e.g."
        + " https://generativelanguage.googleapis.com, or http://127.0.0.1:8089 for a local simulator",
        failure.getMessage());
    assertThrows(GeminiException.class, () -> GeminiClient.builder().baseUrl("127.0.0.1:8089").apiKey("k").build());
  }

  @Test
  void loopbackBaseUrl_needsNoKey_andSendsNone() {
    try (GeminiClient client = GeminiClient.builder().environment(name -> null)
        .baseUrl(SIMULATOR.baseUrl()).build()) {
      assertFalse(client.create(HELLO).text().isBlank());
    }
    assertEquals(null, SIMULATOR.simulator().requests().get(0).header("x-goog-api-key"));
  }

  @Test
  void loopback_isThisMachineAsWritten() {
    assertTrue(BaseUrl.isLoopback("http://localhost:8089"));
    assertTrue(BaseUrl.isLoopback("http://127.0.0.2"));
    assertTrue(BaseUrl.isLoopback("http://[::1]:8089"));
    assertFalse(BaseUrl.isLoopback("https://generativelanguage.googleapis.com"));
    assertFalse(BaseUrl.isLoopback("http://127.example.com"));
  }

  @Test
  void remoteBaseUrl_stillNeedsAKey_andSaysWhereFrom() {
    GeminiException failure = assertThrows(GeminiException.class,
        () -> GeminiClient.builder().environment(name -> null).baseUrl("https://example.com").build());
    assertEquals("No API key: set the GOOGLE_API_KEY or GEMINI_API_KEY environment variable or call apiKey(...) (a loopback base URL,"
        + " such as a local simulator's, needs none)", failure.getMessage());
  }
}
