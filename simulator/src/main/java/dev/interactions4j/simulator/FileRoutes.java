package dev.interactions4j.simulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Files API of the Gemini API (the Agent Platform has none): the resumable upload under
 * {@code /upload/{version}/files}, and {@code GET /files} (paged: {@code pageSize} 10 by default,
 * at most 100), {@code GET} and {@code DELETE /files/{id}}, {@code GET /files/{id}:download} (generated
 * files only, as the API allows) and {@code POST /files:register} for {@code gs://} objects.
 */
final class FileRoutes {
  private static final Pattern ONE = Pattern.compile("/files/([^/:]+)(:download)?");
  private static final Pattern GCS = Pattern.compile("gs://[a-z0-9][a-z0-9._-]{1,221}/.+");

  private final FileStore store;
  private final FileUploads uploads;
  private final String baseUrl;

  FileRoutes(FileStore store, Faults faults, Ids ids, String baseUrl) {
    this.store = store;
    this.uploads = new FileUploads(store, faults, ids);
    this.baseUrl = baseUrl;
  }

  /**
   * Whether the request's body is an upload chunk, which is copied from the connection to disk as
   * it arrives instead of being read into memory first (and is recorded without its bytes).
   */
  static boolean streamsBody(ApiPath path, Headers headers) {
    return path != null && path.upload() && (isFiles(path.resource()) || EnvironmentRoutes.isFiles(path.resource()))
        && !"start".equalsIgnoreCase(String.valueOf(headers.getFirst("X-Goog-Upload-Command")).strip());
  }

  /** The resumable upload sessions, which environments' uploads use too. */
  FileUploads uploads() {
    return uploads;
  }

  /** Whether this is a request on an open upload session (the session URL is its own credential). */
  boolean isUploadSession(ApiPath path, Map<String, String> query) {
    return path.upload() && isFiles(path.resource()) && uploads.isSession(query);
  }

  private static boolean isFiles(String resource) {
    return resource.equals("/files") || resource.startsWith("/files/") || resource.startsWith("/files:");
  }

  /** Answers the call if it is one of the Files API's; false otherwise. */
  boolean route(HttpExchange exchange, ApiPath api, Map<String, String> query, byte[] body) throws IOException, ApiFailure {
    String path = api.resource();
    if (!isFiles(path)) {
      return false;
    }
    String method = exchange.getRequestMethod();
    if (api.platform()) {
      throw ApiFailure.notFound("The Files API is served by the Gemini API only, not on the Agent Platform: " + method + " " + path);
    }
    Matcher one = ONE.matcher(path);
    if (api.upload()) {
      upload(exchange, api, query, body);
    } else if (path.equals("/files") && method.equals("GET")) {
      list(exchange, query);
    } else if (path.equals("/files:register") && method.equals("POST")) {
      register(exchange, body);
    } else if (one.matches() && one.group(2) != null && method.equals("GET")) {
      download(exchange, id(one));
    } else if (one.matches() && one.group(2) == null && method.equals("GET")) {
      InteractionsHandler.send(exchange, 200, "application/json", store.toJson(store.get(id(one)), baseUrl, null).toString());
    } else if (one.matches() && one.group(2) == null && method.equals("DELETE")) {
      store.delete(id(one));
      InteractionsHandler.send(exchange, 200, "application/json", "{}");
    } else {
      throw ApiFailure.notFound("No such method: " + method + " " + path);
    }
    return true;
  }

  private void upload(HttpExchange exchange, ApiPath api, Map<String, String> query, byte[] body) throws IOException, ApiFailure {
    String command = String.valueOf(exchange.getRequestHeaders().getFirst("X-Goog-Upload-Command")).strip().toLowerCase(Locale.ROOT);
    if (!api.resource().equals("/files") || !exchange.getRequestMethod().equals("POST")) {
      throw ApiFailure.notFound("No such method: " + exchange.getRequestMethod() + " /upload/" + api.version() + api.resource());
    }
    if (command.equals("start")) {
      uploads.start(exchange, api, body);
    } else if (query.containsKey("upload_id")) {
      uploads.command(exchange, query, baseUrl);
    } else {
      throw ApiFailure.invalid("Start an upload with X-Goog-Upload-Command: start (the simulator does not take"
          + " multipart or media uploads)");
    }
  }

  private void list(HttpExchange exchange, Map<String, String> query) throws IOException, ApiFailure {
    Pages.Page<FileStore.StoredFile> page = Pages.of(store.all(), query, 10, 100);
    ObjectNode answer = JsonNodeFactory.instance.objectNode();
    if (!page.items().isEmpty()) {
      // An empty list answers {}, as proto JSON leaves out an empty repeated field.
      ArrayNode files = answer.putArray("files");
      page.items().forEach(file -> files.add(store.toJson(file, baseUrl, null)));
    }
    if (page.nextPageToken() != null) {
      answer.put("nextPageToken", page.nextPageToken());
    }
    InteractionsHandler.send(exchange, 200, "application/json", answer.toString());
  }

  private void download(HttpExchange exchange, String id) throws IOException, ApiFailure {
    FileStore.StoredFile file = store.peek(id);
    if (!file.source.equals("GENERATED") || file.bytes == null) {
      // The API serves the bytes of generated files only; the message is the simulator's.
      throw ApiFailure.invalid("Only generated files can be downloaded; 'files/" + id + "' was " + file.source.toLowerCase(Locale.ROOT));
    }
    exchange.getResponseHeaders().set("Content-Type", file.mimeType);
    exchange.sendResponseHeaders(200, file.size == 0 ? -1 : file.size);
    try (InputStream in = Files.newInputStream(file.bytes)) {
      in.transferTo(exchange.getResponseBody());
    }
  }

  /** {@code files:register}: one {@code REGISTERED} file per {@code gs://} URI (the bearer token was checked by {@link Access}). */
  private void register(HttpExchange exchange, byte[] body) throws IOException, ApiFailure {
    JsonNode uris = InteractionsHandler.parse(body).get("uris");
    if (uris == null || !uris.isArray() || uris.isEmpty()) {
      throw ApiFailure.invalid("files:register needs 'uris', a non-empty list of gs:// URIs");
    }
    List<String> checked = new ArrayList<>();
    for (JsonNode uri : uris) {
      if (!uri.isString() || !GCS.matcher(uri.asString()).matches()) {
        throw ApiFailure.invalid("Invalid Cloud Storage URI " + uri + "; expected gs://<bucket>/<object>");
      }
      checked.add(uri.asString());
    }
    ObjectNode answer = JsonNodeFactory.instance.objectNode();
    ArrayNode files = answer.putArray("files");
    for (String uri : checked) {
      String object = uri.substring(uri.lastIndexOf('/') + 1);
      String type = URLConnection.guessContentTypeFromName(object);
      FileStore.StoredFile file = store.add(store.newId(), null, type == null ? "application/octet-stream" : type, -1, null,
          "REGISTERED", null, uri);
      files.add(store.toJson(file, baseUrl, null));
    }
    InteractionsHandler.send(exchange, 200, "application/json", answer.toString());
  }

  private static String id(Matcher one) {
    return URLDecoder.decode(one.group(1), StandardCharsets.UTF_8);
  }
}
