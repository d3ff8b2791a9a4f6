package dev.interactions4j.sample;

import com.sun.net.httpserver.HttpServer;
import dev.interactions4j.webhooks.WebhookEvent;
import dev.interactions4j.webhooks.WebhookHandler;
import dev.interactions4j.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits on a loopback port for the verified webhook delivery that says a background interaction
 * ended; a refused delivery (a JWT the verifier cannot check, say) ends the wait, so the caller
 * can poll instead.
 */
final class WebhookWait implements AutoCloseable {
  private final HttpServer server;
  private final String uri;
  private final CompletableFuture<Optional<WebhookEvent>> outcome = new CompletableFuture<>();

  private WebhookWait(HttpServer server, String uri) {
    this.server = server;
    this.uri = uri;
  }

  /** Listens on 127.0.0.1:{@code port}; {@code publicUrl} (or null) is where the API must send. */
  static WebhookWait listen(int port, String publicUrl, WebhookVerifier verifier, PrintStream out) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port, e);
    }
    WebhookWait wait = new WebhookWait(server, publicUrl != null ? publicUrl
        : "http://127.0.0.1:" + server.getAddress().getPort() + "/webhook");
    server.createContext("/webhook", new WebhookHandler(verifier, event -> {
      out.println("webhook: " + event.type() + " for " + event.subjectId() + " (" + event.webhookId() + ")");
      wait.outcome.complete(Optional.of(event));
    }, refused -> {
      out.println("webhook refused: " + refused.reason() + ", " + refused.getMessage());
      if (refused.reason() != dev.interactions4j.webhooks.WebhookVerificationException.Reason.REPLAY) {
        wait.outcome.complete(Optional.empty());
      }
    }));
    server.start();
    return wait;
  }

  String uri() {
    return uri;
  }

  /** The verified event, or empty when a delivery was refused or none came within {@code deadline}. */
  Optional<WebhookEvent> await(Duration deadline) {
    try {
      return outcome.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
