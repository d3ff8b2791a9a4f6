package dev.interactions4j;

import dev.interactions4j.wire.ApiError;
import dev.interactions4j.wire.WireJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends Interactions API calls over {@link HttpClient}: the headers every call carries, retries
 * with backoff, and error bodies turned into typed exceptions. The API key goes in a header only
 * and is never logged.
 */
final class HttpTransport {
  static final String API_REVISION = "2026-05-20";
  static final String CLIENT_ID = "interactions4j/" + Version.VALUE;
  private static final System.Logger LOG = System.getLogger("dev.interactions4j");

  private final HttpClient http;
  private final Endpoint endpoint;
  private final ClientAuth auth;
  private final Duration requestTimeout;
  private final RetryPolicy retryPolicy;

  HttpTransport(HttpClient http, Endpoint endpoint, ClientAuth auth, Duration requestTimeout, RetryPolicy retryPolicy) {
    this.http = http;
    this.endpoint = endpoint;
    this.auth = auth;
    this.requestTimeout = requestTimeout;
    this.retryPolicy = retryPolicy;
  }

  /** Where calls go: base URL and paths. */
  Endpoint endpoint() {
    return endpoint;
  }

  /**
   * A call answered with a JSON body, read from the stream by {@code reader} as it arrives; a
   * failure to read it (a reset mid-body) is retried like a failed exchange.
   */
  <T> T call(String method, String path, byte[] body, String interactionId, BodyReader<T> reader) {
    return exchange(method, path, body, reader, interactionId);
  }

  /** A call answered with a stream; returns the open body of a 2xx answer. */
  InputStream openStream(String method, String path, byte[] body, String interactionId) {
    return exchange(method, path, body, stream -> stream, interactionId);
  }

  /**
   * Bodies of known, small length are received whole as a {@code byte[]}; others, large media and
   * event streams among them, as an {@link InputStream} read as they arrive. Both are the JDK's
   * own subscribers, which the JDK completes inline. A subscriber wrapped in {@code
   * BodySubscribers.mapping} is not trusted to: the JDK then passes it through the client's
   * executor, a hand-off to another thread whenever the answer arrives on the selector thread.
   * A {@link BodyReader} reads the bytes on the caller's thread instead.
   */
  private static final long WHOLE_BODY_LIMIT = 256 * 1024;
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final HttpResponse.BodyHandler<Object> BODY = info -> {
    long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (length >= 0 && length <= WHOLE_BODY_LIMIT) {
      return (HttpResponse.BodySubscriber) HttpResponse.BodySubscribers.ofByteArray();
    }
    return (HttpResponse.BodySubscriber) HttpResponse.BodySubscribers.ofInputStream();
  };

  /** Reads a 2xx body; {@link UncheckedIOException}s count as transport failures. */
  @FunctionalInterface
  interface BodyReader<T> {
    T read(InputStream body) throws IOException;

    /** A body received whole; by default read as a stream. */
    default T read(byte[] body) throws IOException {
      return read(new ByteArrayInputStream(body));
    }
  }

  private <T> T exchange(String method, String path, byte[] body, BodyReader<T> reader, String interactionId) {
    long start = System.nanoTime();
    boolean refreshed = false;
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      RuntimeException failure;
      try {
        HttpRequest request = request(method, path, body, interactionId);
        HttpResponse<Object> response = http.send(request, BODY);
        if (response.statusCode() / 100 == 2) {
          try {
            return response.body() instanceof byte[] bytes ? reader.read(bytes) : reader.read((InputStream) response.body());
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
        }
        String errorBody = bodyText(response);
        // A refused token is refreshed once and the call made again; a second 401 is the answer.
        if (response.statusCode() == 401 && !refreshed && auth.refresh(request, interactionId)) {
          refreshed = true;
          LOG.log(System.Logger.Level.DEBUG, "{0} {1} refused the access token; retrying with a fresh one", method, path);
          continue;
        }
        failure = apiException(response.statusCode(), errorBody, interactionId);
        if (!RetryPolicy.isRetryable(response.statusCode())) {
          throw failure;
        }
        Duration backoff = nextBackoff(attempt);
        wait = response.headers().firstValue("Retry-After").map(HttpTransport::retryAfter).orElse(backoff);
      } catch (HttpTimeoutException e) {
        failure = new GeminiTimeoutException(method + " " + path + " timed out after " + requestTimeout, interactionId, e);
        wait = nextBackoff(attempt);
      } catch (IOException e) {
        // Retried even for a create: the API has no idempotency key, so a connection that broke
        // after the server acted can, rarely, create a second interaction. Google's SDK makes the
        // same choice; the usual failures (refused, reset before an answer) happen before it acts.
        failure = new GeminiTransportException(TransportFailure.message(method, endpoint.uri(path), attempt,
            Duration.ofNanos(System.nanoTime() - start), e), interactionId, e);
        wait = nextBackoff(attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GeminiException("Interrupted while calling " + method + " " + path, interactionId, e);
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      if (attempt >= retryPolicy.maxAttempts() || elapsed.plus(wait).compareTo(retryPolicy.maxElapsed()) > 0) {
        throw failure;
      }
      LOG.log(System.Logger.Level.DEBUG, "{0} {1} failed ({2}); attempt {3} of {4} in {5} ms",
          method, path, failure.getMessage(), attempt + 1, retryPolicy.maxAttempts(), wait.toMillis());
      sleep(wait, interactionId);
    }
  }

  private HttpRequest request(String method, String path, byte[] body, String interactionId) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.uri(path))
        .timeout(requestTimeout)
        .header("Api-Revision", API_REVISION)
        .header("x-goog-api-client", CLIENT_ID);
    auth.apply(builder, interactionId);
    if (body == null) {
      return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return builder.header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
  }

  private Duration nextBackoff(int attempt) {
    return retryPolicy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
  }

  static GeminiApiException apiException(int status, String body, String interactionId) {
    ApiError error = WireJson.readError(body);
    if (error == null) {
      return new GeminiApiException(status, null, null, null, body, interactionId);
    }
    return new GeminiApiException(status, error.status(), error.code(), error.message(), body, interactionId);
  }

  private static String bodyText(HttpResponse<?> response) throws IOException {
    Object body = response.body();
    if (body instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (body instanceof InputStream stream) {
      try (stream) {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return body == null ? "" : body.toString();
  }

  /** {@code Retry-After} as seconds or as an HTTP date. */
  static Duration retryAfter(String value) {
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime when = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return Duration.ZERO;
      }
    }
  }

  static void sleep(Duration wait, String interactionId) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GeminiException("Interrupted while waiting to retry", interactionId, e);
    }
  }
}
