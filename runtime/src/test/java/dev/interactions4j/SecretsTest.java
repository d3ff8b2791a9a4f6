package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.Tool;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API key and MCP header values appear in no log, message, toString, trace or URL. */
class SecretsTest {
  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();
  private static final String MCP_TOKEN = "Bearer mcp-secret-7d1e";

  @RegisterExtension final LogCapture logs = new LogCapture();

  @Test
  void secretsNeverLeak_throughFailuresLogsOrUrls() {
    GeminiClientBuilder builder = Clients.builder(SIMULATOR.simulator());
    GeminiClient client = builder.build();
    List<String> texts = new ArrayList<>(List.of(client.toString(), builder.toString()));
    InteractionRequest hello = InteractionRequest.model(Clients.MODEL).input("Hello").build();

    SIMULATOR.simulator().faults().failNext(10, 503);
    texts.add(trace(assertThrows(GeminiException.class, () -> client.create(hello))));
    SIMULATOR.simulator().faults().reset().resetNext(10);
    texts.add(trace(assertThrows(GeminiException.class, () -> client.create(hello))));
    SIMULATOR.simulator().faults().reset().respondNext(200, "application/json", "{broken");
    texts.add(trace(assertThrows(GeminiException.class, () -> client.create(hello))));
    SIMULATOR.simulator().faults().reset();
    texts.add(trace(assertThrows(GeminiException.class, () -> client.get("v1_missing"))));
    texts.add(trace(assertThrows(GeminiException.class,
        () -> Clients.builder(SIMULATOR.simulator()).requestTimeout(Duration.ofMillis(50)).retryPolicy(RetryPolicy.none())
            .build().create(delayed()))));
    Tool mcp = new Tool.McpServer("docs", "https://mcp.example.com", Map.of("Authorization", MCP_TOKEN), List.of());
    texts.add(mcp.toString());
    texts.add(InteractionRequest.model(Clients.MODEL).tool(mcp).build().toString());
    texts.addAll(logs.logged());
    for (RecordedRequest request : SIMULATOR.simulator().requests()) {
      texts.add(request.pathAndQuery());
    }

    assertTrue(logs.logged().size() >= 5, "retries were logged: " + logs.logged());
    for (String text : texts) {
      assertFalse(text.contains(Clients.KEY), "API key leaked in: " + text);
      assertFalse(text.contains("mcp-secret"), "MCP header leaked in: " + text);
    }
  }

  private InteractionRequest delayed() {
    SIMULATOR.simulator().faults().delayNext(Duration.ofMillis(500));
    return InteractionRequest.model(Clients.MODEL).input("slow").build();
  }

  private static String trace(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    return text + failure.toString();
  }
}
