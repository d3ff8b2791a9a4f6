package dev.interactions4j;

import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import dev.interactions4j.internal.StructuredAnswers;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.WireJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The Interactions API client: create, get, cancel, delete and stream interactions, hold
 * conversations on the server, run background agents and ask for structured output.
 * Thread-safe: make one per application.
 *
 * <pre>{@code
 * GeminiClient client = GeminiClient.builder().build();   // key from GEMINI_API_KEY
 * Interaction answer = client.create(InteractionRequest.model("gemini-3-flash-preview").input("Hi").build());
 * }</pre>
 */
public final class GeminiClient implements AutoCloseable {
  private final HttpTransport transport;
  private final Executor executor;
  private final PollingPolicy polling;
  private final int repairTurns;
  private final int maxContinuationHops;
  private final Continuation continuation;
  private final Runnable onClose;
  private final GeminiFiles files;
  private final long inlineMediaLimit;

  GeminiClient(HttpTransport transport, Executor executor, PollingPolicy polling, int repairTurns,
      int maxContinuationHops, boolean autoContinue, long inlineMediaLimit, Runnable onClose) {
    this.inlineMediaLimit = inlineMediaLimit;
    this.files = new GeminiFiles(transport, transport.retryPolicy(), polling);
    this.transport = transport;
    this.executor = executor;
    this.polling = polling;
    this.repairTurns = repairTurns;
    this.maxContinuationHops = maxContinuationHops;
    this.continuation = new Continuation(autoContinue ? maxContinuationHops : 0);
    this.onClose = onClose;
  }

  /**
   * A builder; the API key defaults to {@code GOOGLE_API_KEY}, else {@code GEMINI_API_KEY}, the
   * base URL to {@code GEMINI_BASE_URL}, the API version to {@code v1beta}.
   */
  public static GeminiClientBuilder builder() {
    return new GeminiClientBuilder();
  }

  /**
   * Creates an interaction and returns the server's answer (the new steps). An answer the server
   * stopped at its decode limit ({@code requires_continuation}) is continued until it ends, unless
   * {@link GeminiClientBuilder#autoContinue} is off: the hops are joined into one answer ({@link
   * Interaction#continuationIds()} names them), all within the call's timeout.
   */
  public Interaction create(InteractionRequest request) {
    if (Boolean.TRUE.equals(request.stream())) {
      throw new IllegalArgumentException("A request with stream=true goes to stream(request)");
    }
    transport.redactor().rememberHeaders(request);
    long deadline = transport.deadline();
    return continuation.complete(request, createOnce(request, deadline), deadline, next -> createOnce(next, deadline));
  }

  /**
   * Continues {@code answer}, the answer to {@code request} that stopped at the decode limit
   * (a streamed one, say, or one received with {@link GeminiClientBuilder#autoContinue} off), by
   * creates until it ends, and returns it joined with the hops as {@link #create} would have.
   * At most {@link GeminiClientBuilder#maxContinuationHops} hops, within one call's timeout; an
   * answer that needs no continuation is returned as it is.
   */
  public Interaction continueAnswer(InteractionRequest request, Interaction answer) {
    InteractionRequest unstreamed = request.toBuilder().stream(null).build();
    long deadline = transport.deadline();
    return new Continuation(maxContinuationHops).complete(unstreamed, answer, deadline, next -> createOnce(next, deadline));
  }

  private Interaction createOnce(InteractionRequest request, long deadline) {
    try (RequestBody body = RequestBody.of(request)) {
      return transport.callWithBody("POST", transport.endpoint().interactions(), body, request.previousInteractionId(),
          transport.answers(), deadline);
    }
  }

  /** {@link #create} on the client's executor. */
  public CompletableFuture<Interaction> createAsync(InteractionRequest request) {
    try {
      transport.ensureOpen(request.previousInteractionId());
      return CompletableFuture.supplyAsync(() -> create(request), executor);
    } catch (GeminiClosedException | java.util.concurrent.RejectedExecutionException e) {
      // A user's executor may have been shut down with the client, or before it.
      return CompletableFuture.failedFuture(e instanceof GeminiClosedException ? e
          : new GeminiClosedException(request.previousInteractionId()));
    }
  }

  /** Fetches a stored interaction (its whole timeline). */
  public Interaction get(String id) {
    return transport.call("GET", path(id), null, id, transport.answers());
  }

  /** Cancels a background interaction. */
  public Interaction cancel(String id) {
    return transport.call("POST", path(id) + "/cancel", null, id, transport.answers());
  }

  /** Deletes a stored interaction. */
  public void delete(String id) {
    transport.call("DELETE", path(id), null, id, body -> {
      try (body) {
        return body.transferTo(java.io.OutputStream.nullOutputStream());
      }
    });
  }

  /** Creates an interaction as a stream of events, delivered as they arrive. */
  public InteractionStream stream(InteractionRequest request) {
    return stream(request, null);
  }

  /**
   * Creates an interaction as a stream of events; {@code onFinish} (may be null) receives the
   * assembled interaction when the stream ends.
   */
  public InteractionStream stream(InteractionRequest request, java.util.function.Consumer<Interaction> onFinish) {
    transport.redactor().rememberHeaders(request);
    RequestBody body = RequestBody.of(request.toBuilder().stream(true).build());
    return new InteractionStream(transport, polling, () -> {
      // Opening sends the body (retries included) before it returns: the spooled file can go then.
      try (body) {
        return transport.openStreamWithBody("POST", transport.endpoint().interactions(), body, request.previousInteractionId());
      }
    }, onFinish);
  }

  /** The project's webhooks: create, list, get, update, delete, ping, rotate the secret. */
  public Webhooks webhooks() {
    return new Webhooks(transport);
  }

  /** The Files API: upload large media, then refer to it by URI (Gemini API only). */
  public GeminiFiles files() {
    return files;
  }

  /** The files of remote environments: what an agent wrote there. */
  public EnvironmentFiles environmentFiles() {
    return new EnvironmentFiles(transport);
  }

  /**
   * Attaches to a stored interaction's stream by id: every event from the start, and for a
   * background interaction still running, the rest as it runs until it ends. Use it to follow a
   * run started elsewhere, or again after a process restart.
   */
  public InteractionStream attach(String id) {
    return attach(id, null);
  }

  /**
   * Attaches to a stored interaction's stream after the event {@code lastEventId} (null for all
   * events), as a client that lost its connection would: the events it already had are not sent
   * again, so {@link InteractionStream#result()} holds only the steps that follow.
   */
  public InteractionStream attach(String id, String lastEventId) {
    String query = "?stream=true" + (lastEventId == null ? "" : "&last_event_id=" + URLEncoder.encode(lastEventId, StandardCharsets.UTF_8));
    return new InteractionStream(transport, polling, () -> transport.openStream("GET", path(id) + query, null, id), null);
  }

  /** A conversation with {@code model}, its history kept on the server. */
  public Conversation conversation(String model) {
    return Conversation.builder(this, model).build();
  }

  /** A builder for a conversation with {@code model}: system instruction, tools, settings. */
  public Conversation.Builder conversationBuilder(String model) {
    return Conversation.builder(this, model);
  }

  /** Starts an interaction in the background ({@code background} and {@code store} forced on). */
  public BackgroundTask<Interaction> startBackground(InteractionRequest request) {
    Interaction started = create(request.toBuilder().background(true).store(true).build());
    return BackgroundTask.of(this, started, polling);
  }

  /** The background task a verified webhook delivery is about ({@code interaction.*} events). */
  public BackgroundTask<Interaction> resumeBackground(dev.interactions4j.webhooks.WebhookEvent event) {
    if (event.interactionId() == null) {
      throw new IllegalArgumentException("A " + event.type() + " event concerns no interaction");
    }
    return resumeBackground(event.interactionId());
  }

  /** A handle on a background interaction started earlier, from its id alone. */
  public BackgroundTask<Interaction> resumeBackground(String id) {
    return BackgroundTask.of(this, get(id), polling);
  }

  /**
   * Asks {@code model} for a value of {@code type}: sends its JSON Schema as {@code
   * response_format} and parses the answer with the generated parser.
   *
   * @throws OutputMismatchException when the answer does not match, with the interaction id, the
   *     JSON pointer of the problem and the raw text (after the configured repair turns)
   */
  public <T> T generate(String model, String input, OutputType<T> type) {
    return generate(InteractionRequest.model(model).input(input).build(), type).value();
  }

  /** Structured output for any request: the value and the interaction it came from. */
  public <T> Reply<T> generate(InteractionRequest request, OutputType<T> type) {
    return StructuredAnswers.generate(request, type, repairTurns, this::create);
  }

  HttpTransport transport() {
    return transport;
  }

  /** The executor of asynchronous calls and of parallel function calls. */
  public Executor executor() {
    return executor;
  }

  /**
   * The most inline media one request of a generated service may carry, in bytes; past it, its
   * media is uploaded with the Files API (largest first) and sent by URI. 0: every media is uploaded.
   */
  public long inlineMediaLimit() {
    return inlineMediaLimit;
  }

  /** Whether answers stopped at the decode limit are continued by the client ({@link GeminiClientBuilder#autoContinue}). */
  public boolean autoContinue() {
    return continuation.maxHops() > 0;
  }

  /** How many times a structured answer that does not match its schema is sent back for repair. */
  public int repairTurns() {
    return repairTurns;
  }

  /**
   * Reads an answer: one received whole is parsed from its bytes, a large or unsized one as it
   * arrives (inline media decoded on the fly, large media to a file, a text value longer than
   * {@code maxTextSize} refused before it is held whole).
   */
  static HttpTransport.BodyReader<Interaction> answerReader(int maxTextSize) {
    return new HttpTransport.BodyReader<>() {
      @Override
      public Interaction read(java.io.InputStream body) throws java.io.IOException {
        try (body) {
          return WireJson.readInteraction(body, maxTextSize);
        }
      }

      @Override
      public Interaction read(byte[] body) {
        return WireJson.readAnswer(body); // at most 256 KiB, already in memory
      }
    };
  }

  private String path(String id) {
    return transport.endpoint().interaction(id);
  }

  /**
   * Closes the client: calls in flight end promptly with a {@link GeminiClosedException} (their
   * connections aborted), later calls fail with one at once, and the client's own threads end.
   */
  @Override
  public void close() {
    transport.close();
    onClose.run();
  }

  @Override
  public String toString() {
    return "GeminiClient[baseUrl=" + transport.endpoint().baseUrl() + "]";
  }
}
