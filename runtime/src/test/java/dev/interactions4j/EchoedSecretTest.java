package dev.interactions4j;

import static dev.interactions4j.HostileServer.EVENT_STREAM;
import static dev.interactions4j.HostileServer.created;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.Tool;
import dev.interactions4j.wire.WireFormatException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server or proxy that echoes credentials back, and one that redirects to another host: the
 * API key and MCP header values appear in no message, raw text, trace or log record, and never
 * reach a host other than the configured one.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class EchoedSecretTest {
  private static final String MCP_TOKEN = "Bearer mcp-secret-0b5e71";
  private static final InteractionRequest HELLO = InteractionRequest.model(Clients.MODEL).input("Hello").build();

  @RegisterExtension final LogCapture logs = new LogCapture();

  /** Answers {@code status} with every header value and the body it was sent, as a careless proxy might. */
  private static HostileServer echoing(int status) {
    return HostileServer.start((request, out) -> {
      String echo = (request.headers() + " " + request.bodyText()).replace("\"", "'");
      out.answer(status, "application/json", "{\"error\":{\"code\":" + status + ",\"message\":\"bad request: " + echo
          + "\",\"status\":\"INVALID_ARGUMENT\"}}");
    });
  }

  @Test
  void errorEchoingTheKey_showsItNowhere() {
    try (HostileServer server = echoing(400); GeminiClient client = Clients.hostile(server).build()) {
      GeminiApiException failure = assertThrows(GeminiApiException.class, () -> client.create(HELLO));

      assertTrue(server.requests().get(0).headers().get("x-goog-api-key").equals(Clients.KEY), "the key was sent");
      assertTrue(failure.getMessage().contains("<redacted>"), failure.getMessage());
      assertNoSecret(trace(failure), failure.rawBody(), failure.serverMessage().orElseThrow());
    }
  }

  @Test
  void retriedErrorEchoingTheKey_logsItNowhere() {
    try (HostileServer server = echoing(503); GeminiClient client = Clients.hostile(server)
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(5), 1, 0, Duration.ofSeconds(5))).build()) {
      GeminiApiException failure = assertThrows(GeminiApiException.class, () -> client.create(HELLO));

      assertEquals(3, server.requests().size());
      assertTrue(logs.logged().size() >= 2, "retries were logged: " + logs.logged());
      assertNoSecret(trace(failure), failure.rawBody());
      assertNoSecret(logs.logged().toArray(String[]::new));
    }
  }

  @Test
  void mcpHeaderEchoedBack_showsItNowhere() {
    Tool mcp = new Tool.McpServer("docs", "https://mcp.example.com", Map.of("Authorization", MCP_TOKEN), List.of());
    try (HostileServer server = echoing(400); GeminiClient client = Clients.hostile(server).build()) {
      GeminiApiException failure = assertThrows(GeminiApiException.class,
          () -> client.create(HELLO.toBuilder().tool(mcp).build()));

      assertTrue(server.requests().get(0).bodyText().contains(MCP_TOKEN), "the header went to the API, as it must");
      assertNoSecret(trace(failure), failure.rawBody());
    }
  }

  @Test
  void malformedAnswerEchoingTheKey_showsItNowhere() {
    try (HostileServer server = HostileServer.start((request, out) -> out.answer(200, "application/json",
        "{\"id\":\"v1_echo\",\"status\":" + request.headers().get("x-goog-api-key") + "}"));
        GeminiClient client = Clients.hostile(server).build()) {
      WireFormatException failure = assertThrows(WireFormatException.class, () -> client.create(HELLO));

      assertTrue(failure.rawText().contains("<redacted>"), failure.rawText());
      assertNoSecret(trace(failure), failure.rawText());
    }
  }

  @Test
  void streamErrorEchoingTheKey_showsItNowhere() {
    try (HostileServer server = HostileServer.start((request, out) -> out.head(200, EVENT_STREAM)
        .write(created("e1", "v1_err") + HostileServer.event("e2", "error",
            "{\"error\":{\"code\":\"denied\",\"message\":\"key " + request.headers().get("x-goog-api-key") + " refused\"}}")));
        GeminiClient client = Clients.hostile(server).build()) {
      GeminiStreamException failure;
      try (InteractionStream stream = client.stream(HELLO)) {
        failure = assertThrows(GeminiStreamException.class, stream::result);
      }

      assertTrue(failure.getMessage().contains("key <redacted> refused"), failure.getMessage());
      assertNoSecret(trace(failure));
    }
  }

  @Test
  void redirectToAnotherHost_isRefused_andTheKeyNeverLeavesTheConfiguredHost() {
    try (HostileServer foreign = HostileServer.start((request, out) -> out.answer(200, "application/json",
        HostileServer.answer("v1_foreign", "stolen")));
        HostileServer server = HostileServer.start((request, out) -> out.answer(307, "application/json", "{}",
            "Location: http://localhost:" + foreign.port() + "/v1beta/interactions"));
        GeminiClient client = Clients.hostile(server)
            .httpClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build()).build()) {
      GeminiTransportException failure = assertThrows(GeminiTransportException.class, () -> client.create(HELLO));

      assertTrue(failure.getMessage().contains("Refused a redirect to http://localhost:" + foreign.port()), failure.getMessage());
      assertEquals(List.of(), foreign.requests(), "the foreign host got nothing");
    }
  }

  @Test
  void redirectWithinTheConfiguredHost_isFollowedWithTheKey() {
    try (HostileServer server = HostileServer.start((request, out) -> {
      if (request.target().equals("/v1beta/interactions")) {
        out.answer(307, "application/json", "{}", "Location: /v1beta/interactions?moved=1");
      } else {
        out.answer(200, "application/json", HostileServer.answer("v1_moved", "here"));
      }
    }); GeminiClient client = Clients.hostile(server)
        .httpClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()).build()) {
      assertEquals("here", client.create(HELLO).text());

      assertEquals(2, server.requests().size());
      assertEquals(Clients.KEY, server.requests().get(1).headers().get("x-goog-api-key"));
      assertEquals("POST", server.requests().get(1).method(), "a 307 keeps the method and body");
      assertEquals(server.requests().get(0).bodyText(), server.requests().get(1).bodyText());
    }
  }

  @Test
  void bearerTokenEchoedOrRedirectedAway_reachesNeitherTheTextsNorTheOtherHost() {
    String token = "ya29.bearer-secret-4c2a9d";
    try (HostileServer foreign = HostileServer.start((request, out) -> out.answer(200, "application/json",
        HostileServer.answer("v1_foreign", "stolen")));
        HostileServer server = HostileServer.start((request, out) -> {
          if (request.number() == 1) {
            String echo = request.headers().get("authorization");
            out.answer(400, "application/json", "{\"error\":{\"code\":400,\"message\":\"bad " + echo + "\"}}");
          } else {
            out.answer(307, "application/json", "{}", "Location: http://localhost:" + foreign.port() + "/v1beta/interactions");
          }
        });
        GeminiClient client = GeminiClient.builder().baseUrl(server.baseUrl()).credentials(Credentials.ofToken(token))
            .retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofMillis(300))
            .httpClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build()).build()) {
      GeminiApiException echoed = assertThrows(GeminiApiException.class, () -> client.create(HELLO));
      assertThrows(GeminiTransportException.class, () -> client.create(HELLO));

      assertEquals("Bearer " + token, server.requests().get(0).headers().get("authorization"), "the token was sent");
      String texts = trace(echoed) + echoed.rawBody() + String.join("", logs.logged());
      assertFalse(texts.contains(token), "the token leaked in: " + texts);
      assertEquals(List.of(), foreign.requests(), "the foreign host got nothing");
    }
  }

  private static void assertNoSecret(String... texts) {
    for (String text : texts) {
      assertFalse(text.contains(Clients.KEY), "API key leaked in: " + text);
      assertFalse(text.contains("mcp-secret"), "MCP header leaked in: " + text);
    }
  }

  private static String trace(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    return text + failure.toString();
  }
}
