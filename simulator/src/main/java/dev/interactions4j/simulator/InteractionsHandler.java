package dev.interactions4j.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The HTTP side: records, authenticates, injects faults, routes to the engine, writes answers. */
final class InteractionsHandler implements HttpHandler {
  private static final Pattern ONE = Pattern.compile("/interactions/([^/]+)(/cancel)?");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final InteractionEngine engine;
  private final Faults faults;
  private final Ids ids;
  private final Access access;
  private final Queue<RecordedRequest> recorded;
  private final EnvironmentStore environments;
  private final EnvironmentRoutes environmentRoutes;
  private final WebhookSender webhooks;
  private final WebhookRoutes webhookRoutes;
  private final FileRoutes fileRoutes;

  /** The platform resources beside interactions: environments, webhooks and files. */
  record Resources(EnvironmentStore environments, WebhookStore webhooks, WebhookSender sender, FileRoutes files) {}

  InteractionsHandler(InteractionEngine engine, Faults faults, Ids ids, Access access, Queue<RecordedRequest> recorded,
      Resources resources) {
    this.engine = engine;
    this.environments = resources.environments();
    this.environmentRoutes = new EnvironmentRoutes(environments, resources.files().uploads());
    this.webhooks = resources.sender();
    this.webhookRoutes = new WebhookRoutes(resources.webhooks(), webhooks);
    this.fileRoutes = resources.files();
    this.faults = faults;
    this.ids = ids;
    this.access = access;
    this.recorded = recorded;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    boolean streamed = false;
    try {
      ApiPath path = ApiPath.parse(exchange.getRequestURI().getPath());
      // An upload chunk goes from the connection to disk when it is routed, never whole into memory.
      streamed = FileRoutes.streamsBody(path, exchange.getRequestHeaders());
      byte[] body = streamed ? new byte[0] : exchange.getRequestBody().readAllBytes();
      recorded.add(RecordedRequest.of(exchange, body));
      Faults.pause(faults.takeDelay());
      if (path == null) {
        throw ApiFailure.notFound("No such method: " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
      }
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      if (!environmentRoutes.isUploadSession(path, query) && !fileRoutes.isUploadSession(path, query)) {
        access.check(exchange.getRequestHeaders(), path);
      }
      Faults.Action action = faults.take();
      if (action != null) {
        if (streamed && !(action instanceof Faults.Reset)) {
          drain(exchange);
        }
        inject(exchange, action);
      } else if (!environmentRoutes.route(exchange, path, query, body)
          && !fileRoutes.route(exchange, path, query, body)
          && !webhookRoutes.route(exchange, path.resource(), query, body)) {
        route(exchange, path.resource(), query, body);
      }
    } catch (ApiFailure failure) {
      if (streamed) {
        drain(exchange);
      }
      fail(exchange, failure);
    } catch (RuntimeException e) {
      fail(exchange, new ApiFailure(500, "INTERNAL", "Simulator error: " + e));
    } finally {
      exchange.close();
    }
  }

  private void route(HttpExchange exchange, String path, Map<String, String> query, byte[] body) throws IOException, ApiFailure {
    String method = exchange.getRequestMethod();
    if (path.equals("/interactions") && method.equals("POST")) {
      ObjectNode request = parse(body);
      EnvironmentStore.Environment environment = environments.forRequest(request.get("environment"));
      Turn turn = engine.create(request);
      if (environment != null) {
        turn.environmentId = environment.id;
        String text = turn.pending != null ? turn.pending.text() : turn.outputText;
        environment.write(EnvironmentStore.ANSWER_FILE, String.valueOf(text).getBytes(StandardCharsets.UTF_8), "text/markdown");
      }
      if ("in_progress".equals(turn.status) && turn.id != null) {
        webhooks.watch(turn, engine);
      }
      if (request.path("stream").asBoolean(false)) {
        stream(exchange, turn, null);
      } else {
        send(exchange, 200, "application/json", turn.toJson(false, true).toString());
      }
      return;
    }
    Matcher one = ONE.matcher(path);
    if (!one.matches()) {
      throw ApiFailure.notFound("No such method: " + method + " " + path);
    }
    String id = URLDecoder.decode(one.group(1), StandardCharsets.UTF_8);
    if (one.group(2) != null && method.equals("POST")) {
      Turn cancelled = engine.cancel(id);
      webhooks.ended(cancelled);
      send(exchange, 200, "application/json", cancelled.toJson(true, true).toString());
    } else if (one.group(2) == null && method.equals("DELETE")) {
      engine.delete(id);
      send(exchange, 200, "application/json", "{}");
    } else if (one.group(2) == null && method.equals("GET")) {
      Turn turn = engine.get(id);
      if ("true".equals(query.get("stream"))) {
        stream(exchange, turn, query.get("last_event_id"));
      } else {
        send(exchange, 200, "application/json", turn.toJson(true, true).toString());
      }
    } else {
      throw ApiFailure.notFound("No such method: " + method + " " + path);
    }
  }

  /**
   * Streams a turn's events after {@code lastEventId} (all of them when null). A background turn
   * still running gets its header events at once and the rest when it finishes, as a client
   * re-attaching to a running interaction sees them.
   */
  private void stream(HttpExchange exchange, Turn turn, String lastEventId) throws IOException, ApiFailure {
    List<Turn.SseEvent> events = SseEvents.of(turn, ids);
    int from = after(events, lastEventId, turn);
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    EventWriter out = new EventWriter(exchange.getResponseBody(), faults.takeStreamCut(), faults.eventDelay());
    if (turn.pending != null && turn.id != null) {
      int header = SseEvents.HEADER_EVENTS;
      if (!out.write(events.subList(Math.min(from, header), header))) {
        return;
      }
      from = Math.max(from, header);
      while (engine.get(turn.id).pending != null) {
        Faults.pause(Duration.ofMillis(Math.max(1, Math.min(20, turn.completesAt - System.currentTimeMillis()))));
      }
      events = SseEvents.of(turn, ids);
    }
    if (out.write(events.subList(from, events.size()))) {
      out.done();
    }
  }

  private static int after(List<Turn.SseEvent> events, String lastEventId, Turn turn) throws ApiFailure {
    if (lastEventId == null) {
      return 0;
    }
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).id().equals(lastEventId)) {
        return i + 1;
      }
    }
    throw ApiFailure.invalid("Unknown last_event_id '" + lastEventId + "' for interaction '" + turn.id + "'");
  }

  /** Writes events with the configured delay between them, ending the stream early at a cut. */
  private static final class EventWriter {
    private final OutputStream out;
    private final int cut;
    private final Duration delay;
    private int sent;

    EventWriter(OutputStream out, int cut, Duration delay) {
      this.out = out;
      this.cut = cut;
      this.delay = delay;
    }

    /** False once the stream is cut. */
    boolean write(List<Turn.SseEvent> events) throws IOException {
      for (Turn.SseEvent event : events) {
        if (sent == cut) {
          return false;
        }
        if (sent > 0) {
          Faults.pause(delay);
        }
        out.write(("event: " + event.type() + "\ndata: " + event.json() + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        sent++;
      }
      return sent != cut;
    }

    void done() throws IOException {
      out.write("event: done\ndata: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Reads and drops what is left of a refused upload chunk before answering, so that the
   * client's connection stays usable (an unread body makes the JDK server close it under the
   * client's next request); a body beyond 64 MiB is left, and the connection with it.
   */
  private static void drain(HttpExchange exchange) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    InputStream body = exchange.getRequestBody();
    for (long left = 64L * 1024 * 1024; left > 0; ) {
      int read = body.read(buffer);
      if (read < 0) {
        return;
      }
      left -= read;
    }
  }

  private void inject(HttpExchange exchange, Faults.Action action) throws IOException {
    if (action instanceof Faults.Reset) {
      // Closing without a status line: the client sees the connection end with no answer.
      return;
    }
    if (action instanceof Faults.Respond respond) {
      send(exchange, respond.status(), respond.contentType(), respond.body());
      return;
    }
    Faults.Fail fail = (Faults.Fail) action;
    if (fail.retryAfter() != null) {
      exchange.getResponseHeaders().set("Retry-After", Long.toString((fail.retryAfter().toMillis() + 999) / 1000));
    }
    fail(exchange, new ApiFailure(fail.status(), rpcStatus(fail.status()), messageFor(fail.status())));
  }

  private static String rpcStatus(int status) {
    return switch (status) {
      case 400 -> "INVALID_ARGUMENT";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "PERMISSION_DENIED";
      case 404 -> "NOT_FOUND";
      case 408, 504 -> "DEADLINE_EXCEEDED";
      case 409 -> "ABORTED";
      case 429 -> "RESOURCE_EXHAUSTED";
      case 503 -> "UNAVAILABLE";
      default -> status >= 500 ? "INTERNAL" : "UNKNOWN";
    };
  }

  private static String messageFor(int status) {
    return status == 429 ? "Resource has been exhausted (e.g. check quota)."
        : status == 503 ? "The model is overloaded. Please try again later." : "Injected failure " + status;
  }

  static ObjectNode parse(byte[] body) throws ApiFailure {
    try {
      JsonNode tree = JSON.readTree(body);
      if (tree instanceof ObjectNode object) {
        return object;
      }
      throw ApiFailure.invalid("Invalid JSON payload: the body must be a JSON object");
    } catch (JacksonException e) {
      throw ApiFailure.invalid("Invalid JSON payload received: " + e.getOriginalMessage());
    }
  }

  /** A query string or form body as a map; later values of a name win. */
  static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        query.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return query;
  }

  private static void fail(HttpExchange exchange, ApiFailure failure) throws IOException {
    send(exchange, failure.httpStatus, "application/json", failure.body());
  }

  static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }
}
