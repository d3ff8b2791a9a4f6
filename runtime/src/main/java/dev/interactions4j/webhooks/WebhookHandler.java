package dev.interactions4j.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A ready {@link HttpHandler} for the JDK's {@code HttpServer}: reads the raw body (1 MiB at
 * most), verifies it, hands a verified event to {@code onEvent} and answers {@code 204}. A replay
 * is acknowledged ({@code 200}) without calling {@code onEvent} again; a bad delivery gets
 * {@code 401} (or {@code 400}); an exception in {@code onEvent} gets {@code 500}, so the sender
 * retries. Frameworks call {@link WebhookVerifier#verify} directly instead.
 */
public final class WebhookHandler implements HttpHandler {
  static final int MAX_BODY = 1024 * 1024;

  private final WebhookVerifier verifier;
  private final Consumer<WebhookEvent> onEvent;
  private final Consumer<WebhookVerificationException> onRefused;

  public WebhookHandler(WebhookVerifier verifier, Consumer<WebhookEvent> onEvent) {
    this(verifier, onEvent, refused -> { });
  }

  /** {@code onRefused} is told of each refused delivery, replays included. */
  public WebhookHandler(WebhookVerifier verifier, Consumer<WebhookEvent> onEvent, Consumer<WebhookVerificationException> onRefused) {
    this.verifier = Objects.requireNonNull(verifier);
    this.onEvent = Objects.requireNonNull(onEvent);
    this.onRefused = Objects.requireNonNull(onRefused);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        exchange.sendResponseHeaders(413, -1);
        return;
      }
      WebhookEvent event;
      try {
        event = verifier.verify(exchange.getRequestHeaders(), body);
      } catch (WebhookVerificationException refused) {
        onRefused.accept(refused);
        exchange.sendResponseHeaders(switch (refused.reason()) {
          case REPLAY -> 200;
          case MALFORMED -> 400;
          case BAD_SIGNATURE, STALE_TIMESTAMP -> 401;
        }, -1);
        return;
      }
      try {
        onEvent.accept(event);
      } catch (RuntimeException failure) {
        exchange.sendResponseHeaders(500, -1);
        return;
      }
      exchange.sendResponseHeaders(204, -1);
    }
  }
}
