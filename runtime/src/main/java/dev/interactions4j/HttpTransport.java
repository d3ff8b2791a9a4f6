package dev.interactions4j;

import dev.interactions4j.wire.ApiError;
import dev.interactions4j.wire.WireJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends Interactions API calls over {@link HttpClient}: the headers every call carries, retries
 * with backoff, error bodies turned into typed exceptions, and every read bounded in time and
 * size ({@link ClientLimits}). Credentials go in a header, only to the configured origin ({@link
 * CredentialScope}), and are masked in whatever the library shows ({@link Redactor}). {@link
 * #close} ends every exchange in flight.
 */
final class HttpTransport implements AutoCloseable {
  static final String API_REVISION = "2026-05-20";
  static final String CLIENT_ID = "interactions4j/" + Version.VALUE;
  private static final System.Logger LOG = System.getLogger("dev.interactions4j");
  /** Bodies of known length up to this are read whole before parsing; others as they arrive. */
  private static final long WHOLE_BODY_LIMIT = 256 * 1024;

  private volatile HttpClient http;
  private final Endpoint endpoint;
  private final ClientAuth auth;
  private final ClientLimits limits;
  private final RetryPolicy retryPolicy;
  private final boolean followRedirects;
  private final CredentialScope scope;
  private final Redactor redactor = new Redactor();
  private final Set<BoundedBody> openBodies = ConcurrentHashMap.newKeySet();
  private final Set<CompletableFuture<?>> starting = ConcurrentHashMap.newKeySet();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final BodyReader<dev.interactions4j.wire.Interaction> answers;

  /**
   * @param followRedirects whether same-origin redirects are followed (the user's client asked
   *     for redirects; {@code http} itself never follows any)
   */
  HttpTransport(HttpClient http, Endpoint endpoint, ClientAuth auth, ClientLimits limits, RetryPolicy retryPolicy,
      boolean followRedirects) {
    this.http = http;
    this.endpoint = endpoint;
    this.auth = auth;
    this.limits = limits;
    this.retryPolicy = retryPolicy;
    this.followRedirects = followRedirects;
    this.scope = new CredentialScope(endpoint.uri(endpoint.interactions()));
    this.answers = GeminiClient.answerReader(limits.maxTextSize());
  }

  /** The reader of interaction answers, within this client's text bound. */
  BodyReader<dev.interactions4j.wire.Interaction> answers() {
    return answers;
  }

  /** Where calls go: base URL and paths. */
  Endpoint endpoint() {
    return endpoint;
  }

  ClientLimits limits() {
    return limits;
  }

  RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  Redactor redactor() {
    return redactor;
  }

  /** A call answered with a JSON body, read by {@code reader} within the call's deadline. */
  <T> T call(String method, String path, byte[] body, String interactionId, BodyReader<T> reader) {
    return call(method, path, body, interactionId, reader, deadline());
  }

  /**
   * As {@link #call(String, String, byte[], String, BodyReader)} within a deadline of the caller's
   * ({@link System#nanoTime()}), for calls made of several exchanges that share one.
   */
  <T> T call(String method, String path, byte[] body, String interactionId, BodyReader<T> reader, long deadline) {
    return exchange(method, path, body == null ? null : RequestBody.of(body), reader, interactionId, false, deadline);
  }

  /** {@link #call} with a body that may be read from disk by each attempt. */
  <T> T callWithBody(String method, String path, RequestBody body, String interactionId, BodyReader<T> reader,
      long deadline) {
    return exchange(method, path, body, reader, interactionId, false, deadline);
  }

  /** The deadline of a call starting now. */
  long deadline() {
    return System.nanoTime() + limits.callTimeout().toNanos();
  }

  /** A call answered with a stream; returns the open body of a 2xx answer, each read bounded by the read timeout. */
  InputStream openStream(String method, String path, byte[] body, String interactionId) {
    return exchange(method, path, body == null ? null : RequestBody.of(body), stream -> stream, interactionId, true,
        deadline());
  }

  /** {@link #openStream} with a body that may be read from disk by each attempt. */
  InputStream openStreamWithBody(String method, String path, RequestBody body, String interactionId) {
    return exchange(method, path, body, stream -> stream, interactionId, true, deadline());
  }

  /** Reads a 2xx body; {@link UncheckedIOException}s count as transport failures. */
  @FunctionalInterface
  interface BodyReader<T> {
    T read(InputStream body) throws IOException;

    /** A body received whole; by default read as a stream. */
    default T read(byte[] body) throws IOException {
      return read(new ByteArrayInputStream(body));
    }
  }

  private <T> T exchange(String method, String path, RequestBody body, BodyReader<T> reader, String interactionId,
      boolean stream, long deadline) {
    ensureOpen(interactionId);
    long start = System.nanoTime();
    URI target = endpoint.uri(path);
    boolean refreshed = false;
    String currentMethod = method;
    RequestBody currentBody = body;
    int redirects = 0;
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      GeminiException failure;
      BoundedBody answer = new BoundedBody(limits.readTimeout(), stream ? Long.MAX_VALUE : deadline, openBodies);
      boolean handedOver = false;
      try {
        HttpRequest request = request(currentMethod, target, currentBody, interactionId);
        HttpResponse<InputStream> response = send(request, answer, deadline);
        int status = response.statusCode();
        if (followRedirects && CredentialScope.isRedirect(status)) {
          target = scope.redirect(target, response.headers().firstValue("Location").orElse(null), ++redirects, interactionId);
          if (status == 303 || (status <= 302 && currentMethod.equals("POST"))) {
            currentMethod = "GET";
            currentBody = null;
          }
          attempt--;
          continue;
        }
        if (status / 100 == 2) {
          T result = read(response, answer, reader);
          handedOver = stream;
          return result;
        }
        String errorBody = redactor.redact(errorText(answer));
        // A refused token is refreshed once and the call made again; a second 401 is the answer.
        if (status == 401 && !refreshed && auth.refresh(request, interactionId)) {
          refreshed = true;
          LOG.log(System.Logger.Level.DEBUG, "{0} {1} refused the access token; retrying with a fresh one", method, path);
          attempt--;
          continue;
        }
        failure = redactor.scrub(apiException(status, errorBody, interactionId));
        if (!RetryPolicy.isRetryable(status)) {
          throw failure;
        }
        Duration backoff = nextBackoff(attempt);
        wait = response.headers().firstValue("Retry-After").map(RetryPolicy::retryAfter).orElse(backoff);
      } catch (HttpTimeoutException e) {
        failure = new GeminiTimeoutException(method + " " + path + " timed out: " + e.getMessage(), interactionId, e);
        wait = nextBackoff(attempt);
      } catch (GeminiException e) {
        throw redactor.scrub(e);
      } catch (InterruptedIOException e) {
        ensureOpen(interactionId);
        throw interrupted(method, path, interactionId, e);
      } catch (IOException e) {
        ensureOpen(interactionId);
        // Retried even for a create: the API has no idempotency key, so a connection that broke
        // after the server acted can, rarely, create a second interaction. Google's SDK makes the
        // same choice; the usual failures (refused, reset before an answer) happen before it acts.
        failure = redactor.scrub(new GeminiTransportException(TransportFailure.message(method, target, attempt,
            Duration.ofNanos(System.nanoTime() - start), e), interactionId, e));
        wait = nextBackoff(attempt);
      } finally {
        if (!handedOver) {
          answer.close();
        }
      }
      long now = System.nanoTime();
      if (attempt >= retryPolicy.maxAttempts()
          || Duration.ofNanos(now - start).plus(wait).compareTo(retryPolicy.maxElapsed()) > 0
          || now + wait.toNanos() - deadline > 0) {
        throw failure;
      }
      LOG.log(System.Logger.Level.DEBUG, "{0} {1} failed ({2}); attempt {3} of {4} in {5} ms",
          method, path, failure.getMessage(), attempt + 1, retryPolicy.maxAttempts(), wait.toMillis());
      pause(wait, interactionId);
    }
  }

  /** Sends and waits for the response to start, within the request timeout and the deadline. */
  private HttpResponse<InputStream> send(HttpRequest request, BoundedBody answer, long deadline) throws IOException {
    HttpClient client = http;
    if (client == null) {
      throw new IOException("The client is closed");
    }
    CompletableFuture<HttpResponse<InputStream>> response = client.sendAsync(request, info -> answer);
    starting.add(response);
    long untilDeadline = 0;
    try {
      if (closed.getCount() == 0) {
        response.cancel(true);
      }
      untilDeadline = deadline - System.nanoTime();
      return response.get(Math.max(0, Math.min(limits.requestTimeout().toNanos(), untilDeadline)), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      response.cancel(true);
      throw new HttpTimeoutException(untilDeadline < limits.requestTimeout().toNanos()
          ? "The call's deadline passed before its answer started"
          : "No answer started within " + limits.requestTimeout());
    } catch (InterruptedException e) {
      response.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while waiting for the response");
    } catch (CancellationException e) {
      throw new IOException("The exchange was cancelled", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      starting.remove(response);
    }
  }

  private static <T> T read(HttpResponse<InputStream> response, BoundedBody answer, BodyReader<T> reader)
      throws IOException {
    long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    try {
      if (length >= 0 && length <= WHOLE_BODY_LIMIT) {
        return reader.read(answer.readNBytes((int) length));
      }
      return reader.read(answer);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The beginning of an error body, at most {@link ClientLimits#maxErrorBodySize()} bytes. */
  private String errorText(BoundedBody answer) throws IOException {
    int max = limits.maxErrorBodySize();
    byte[] bytes = answer.readNBytes(max + 1);
    if (bytes.length <= max) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    return new String(bytes, 0, max, StandardCharsets.UTF_8) + "… (cut at " + max + " bytes)";
  }

  /** A request to {@code target}, with the credential only when the scope covers it. */
  private HttpRequest request(String method, URI target, RequestBody body, String interactionId) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(target)
        .timeout(limits.requestTimeout())
        .header("Api-Revision", API_REVISION)
        .header("x-goog-api-client", CLIENT_ID);
    boolean credentialed = scope.covers(target);
    if (credentialed) {
      auth.apply(builder, interactionId);
    }
    HttpRequest request = body == null
        ? builder.method(method, HttpRequest.BodyPublishers.noBody()).build()
        : builder.header("Content-Type", "application/json").method(method, body.publisher()).build();
    return remembered(request, credentialed);
  }

  private HttpRequest remembered(HttpRequest request, boolean credentialed) {
    if (credentialed) {
      // Whatever credential went out (a key, a token just refreshed) is masked from then on.
      request.headers().firstValue("x-goog-api-key").ifPresent(redactor::remember);
      request.headers().firstValue("Authorization").ifPresent(value -> redactor.remember(value.substring(value.indexOf(' ') + 1)));
    }
    return request;
  }

  /** An answer read whole, with its status and headers: what the Files upload protocol needs. */
  record RawAnswer(int status, java.net.http.HttpHeaders headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /**
   * One exchange, no retry and no redirect (the resumable upload decides what a failure means),
   * its answer read whole up to {@code maxBody} bytes. {@code credentialed}: whether the client's
   * credential goes along, and then only to the configured origin.
   *
   * @throws IOException when no answer came, as a retry would need to know
   */
  RawAnswer sendOnce(String method, URI target, java.util.Map<String, String> headers, HttpRequest.BodyPublisher body,
      boolean credentialed, int maxBody) throws IOException {
    ensureOpen(null);
    long deadline = System.nanoTime() + limits.callTimeout().toNanos();
    BoundedBody answer = new BoundedBody(limits.readTimeout(), deadline, openBodies);
    try {
      HttpRequest.Builder builder = HttpRequest.newBuilder(target)
          .timeout(limits.requestTimeout())
          .header("Api-Revision", API_REVISION)
          .header("x-goog-api-client", CLIENT_ID);
      headers.forEach(builder::header);
      boolean sendCredential = credentialed && scope.covers(target);
      if (sendCredential) {
        auth.apply(builder, null);
      }
      HttpRequest request = remembered(builder.method(method, body).build(), sendCredential);
      HttpResponse<InputStream> response = send(request, answer, deadline);
      byte[] bytes = answer.readNBytes(maxBody + 1);
      if (bytes.length > maxBody) {
        throw new IOException("The answer to " + method + " " + target.getPath() + " is longer than " + maxBody + " bytes");
      }
      return new RawAnswer(response.statusCode(), response.headers(), bytes);
    } catch (IOException e) {
      ensureOpen(null); // a close() in flight reads as closed, not as a broken connection
      throw e;
    } finally {
      answer.close();
    }
  }

  /** The credential goes with a Bearer token (register needs one), not an API key. */
  boolean bearer() {
    return auth.isBearer();
  }

  /** The error a non-2xx raw answer stands for, typed and with credentials masked. */
  GeminiException failure(RawAnswer raw) {
    String text = raw.text();
    if (text.length() > limits.maxErrorBodySize()) {
      text = text.substring(0, limits.maxErrorBodySize()) + "… (cut)";
    }
    return redactor.scrub(apiException(raw.status(), redactor.redact(text), null));
  }

  /** The wait before attempt {@code attempt + 1} by the retry policy; also paces stream resumes. */
  Duration nextBackoff(int attempt) {
    return retryPolicy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
  }

  static GeminiApiException apiException(int status, String body, String interactionId) {
    ApiError error = WireJson.readError(body);
    if (error == null) {
      return new GeminiApiException(status, null, null, null, body, interactionId);
    }
    return new GeminiApiException(status, error.status(), error.code(), error.message(), body, interactionId);
  }

  /** Waits before the next attempt or poll; ends at once, typed, when the client is closed. */
  void pause(Duration wait, String interactionId) {
    try {
      if (closed.await(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new GeminiClosedException(interactionId);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ensureOpen(interactionId); // closing interrupts the pool's threads too
      throw new GeminiException("Interrupted while waiting to call again", interactionId, e);
    }
  }

  /** @throws GeminiClosedException once {@link #close} has been called */
  void ensureOpen(String interactionId) {
    if (closed.getCount() == 0) {
      throw new GeminiClosedException(interactionId);
    }
  }

  private static GeminiException interrupted(String method, String path, String interactionId, IOException e) {
    Thread.currentThread().interrupt();
    return new GeminiException("Interrupted while calling " + method + " " + path, interactionId, e);
  }

  /**
   * Ends every exchange in flight (their callers get a {@link GeminiClosedException}) and lets
   * the {@link HttpClient} go, so that its selector thread ends once it is collected (the JDK 17
   * client cannot be closed).
   */
  @Override
  public void close() {
    closed.countDown();
    http = null;
    starting.forEach(response -> response.cancel(true));
    openBodies.forEach(body -> body.abort(new IOException("The client was closed")));
  }
}
