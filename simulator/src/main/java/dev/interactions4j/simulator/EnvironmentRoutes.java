package dev.interactions4j.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The environments resource: create, list, get, delete, and each environment's files (list,
 * download with {@code alt=media}, resumable upload under {@code /upload}).
 */
final class EnvironmentRoutes {
  private static final Pattern ONE = Pattern.compile("/environments/([^/]+)");
  private static final Pattern FILES = Pattern.compile("/environments/([^/]+)/files(?:/(.*))?");

  private final EnvironmentStore store;
  private final Ids ids;
  /** Open uploads by id: the target and the bytes received so far. */
  private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

  private record Upload(String environment, String path, boolean overwrite, String mimeType, java.io.ByteArrayOutputStream bytes) {}

  EnvironmentRoutes(EnvironmentStore store, Ids ids) {
    this.store = store;
    this.ids = ids;
  }

  /** Whether this is a chunk of an open upload (the session URL is its own credential). */
  boolean isUploadSession(ApiPath path, Map<String, String> query) {
    return path.upload() && uploads.containsKey(query.getOrDefault("upload_id", ""));
  }

  /** Answers the call if it is one of this resource's; false otherwise. */
  boolean route(HttpExchange exchange, ApiPath api, Map<String, String> query, byte[] body) throws IOException, ApiFailure {
    String method = exchange.getRequestMethod();
    String path = api.resource();
    Matcher files = FILES.matcher(path);
    if (api.upload() && files.matches()) {
      upload(exchange, api, files, query, body);
      return true;
    }
    if (path.equals("/environments") && method.equals("POST")) {
      InteractionsHandler.send(exchange, 200, "application/json", store.create(InteractionsHandler.parse(body)).toJson().toString());
    } else if (path.equals("/environments") && method.equals("GET")) {
      Pages.Page<EnvironmentStore.Environment> page = Pages.of(store.all(), query, 50, 1000);
      ObjectNode answer = JsonNodeFactory.instance.objectNode();
      ArrayNode list = answer.putArray("environments");
      page.items().forEach(environment -> list.add(environment.toJson()));
      putNext(answer, page);
      InteractionsHandler.send(exchange, 200, "application/json", answer.toString());
    } else if (files.matches() && method.equals("GET")) {
      listOrDownload(exchange, files, query);
    } else if (ONE.matcher(path).matches() && method.equals("GET")) {
      InteractionsHandler.send(exchange, 200, "application/json", store.get(id(path)).toJson().toString());
    } else if (ONE.matcher(path).matches() && method.equals("DELETE")) {
      store.delete(id(path));
      InteractionsHandler.send(exchange, 200, "application/json", "{}");
    } else {
      return path.startsWith("/environments") && notFound(method, path);
    }
    return true;
  }

  private static boolean notFound(String method, String path) throws ApiFailure {
    throw ApiFailure.notFound("No such method: " + method + " " + path);
  }

  private static String id(String path) {
    return URLDecoder.decode(path.substring("/environments/".length()), StandardCharsets.UTF_8);
  }

  private void listOrDownload(HttpExchange exchange, Matcher files, Map<String, String> query) throws IOException, ApiFailure {
    EnvironmentStore.Environment environment = store.get(files.group(1));
    String path = EnvironmentStore.strip(files.group(2) == null ? "" : URLDecoder.decode(files.group(2), StandardCharsets.UTF_8));
    if ("media".equals(query.get("alt"))) {
      EnvironmentStore.StoredFile file = environment.file(path);
      if (file == null) {
        throw ApiFailure.notFound("File '" + path + "' not found in environment '" + environment.id + "'");
      }
      exchange.getResponseHeaders().set("Content-Type", file.mimeType());
      exchange.sendResponseHeaders(200, file.bytes().length == 0 ? -1 : file.bytes().length);
      exchange.getResponseBody().write(file.bytes());
      return;
    }
    List<Map.Entry<String, EnvironmentStore.StoredFile>> found = environment.filesUnder(path, "true".equals(query.get("recursive")));
    Pages.Page<Map.Entry<String, EnvironmentStore.StoredFile>> page = Pages.of(found, query, 50, 1000);
    ObjectNode answer = JsonNodeFactory.instance.objectNode();
    ArrayNode list = answer.putArray("files");
    page.items().forEach(entry -> list.add(fileJson(environment.id, entry.getKey(), entry.getValue())));
    putNext(answer, page);
    InteractionsHandler.send(exchange, 200, "application/json", answer.toString());
  }

  private static ObjectNode fileJson(String environment, String path, EnvironmentStore.StoredFile file) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("name", "environments/" + environment + "/files/" + path);
    json.put("path", path);
    json.put("type", "file");
    json.put("mime_type", file.mimeType());
    json.put("size_bytes", Integer.toString(file.bytes().length));
    json.put("created", file.created());
    json.put("modified", file.modified());
    return json;
  }

  private static void putNext(ObjectNode answer, Pages.Page<?> page) {
    if (page.nextPageToken() != null) {
      answer.put("next_page_token", page.nextPageToken());
    }
  }

  /** Resumable upload: {@code start} opens a session, {@code upload}/{@code finalize} chunks fill it. */
  private void upload(HttpExchange exchange, ApiPath api, Matcher files, Map<String, String> query, byte[] body)
      throws IOException, ApiFailure {
    String command = String.valueOf(exchange.getRequestHeaders().getFirst("X-Goog-Upload-Command")).toLowerCase(Locale.ROOT);
    if (command.equals("start")) {
      EnvironmentStore.Environment environment = store.get(files.group(1));
      String path = EnvironmentStore.strip(URLDecoder.decode(String.valueOf(files.group(2)), StandardCharsets.UTF_8));
      String type = exchange.getRequestHeaders().getFirst("X-Goog-Upload-Header-Content-Type");
      String id = ids.resource("upload_");
      uploads.put(id, new Upload(environment.id, path, "true".equals(query.get("overwrite")),
          type == null ? "application/octet-stream" : type, new java.io.ByteArrayOutputStream()));
      String host = exchange.getRequestHeaders().getFirst("Host");
      exchange.getResponseHeaders().set("x-goog-upload-url", "http://" + host + exchange.getRequestURI().getRawPath()
          + "?upload_id=" + id);
      exchange.getResponseHeaders().set("x-goog-upload-status", "active");
      InteractionsHandler.send(exchange, 200, "application/json", "");
      return;
    }
    Upload upload = uploads.get(query.getOrDefault("upload_id", ""));
    if (upload == null) {
      throw ApiFailure.notFound("No open upload for " + api.resource());
    }
    synchronized (upload) {
      String offset = exchange.getRequestHeaders().getFirst("X-Goog-Upload-Offset");
      if (offset == null || Long.parseLong(offset.strip()) != upload.bytes().size()) {
        throw ApiFailure.invalid("X-Goog-Upload-Offset " + offset + " does not match the " + upload.bytes().size() + " bytes received");
      }
      upload.bytes().write(body);
      if (!command.contains("finalize")) {
        exchange.getResponseHeaders().set("x-goog-upload-status", "active");
        InteractionsHandler.send(exchange, 200, "application/json", "");
        return;
      }
      uploads.remove(query.get("upload_id"));
      EnvironmentStore.Environment environment = store.get(upload.environment());
      if (!upload.overwrite() && environment.file(upload.path()) != null) {
        throw new ApiFailure(409, "ALREADY_EXISTS", "File '" + upload.path() + "' exists; upload with overwrite=true to replace it");
      }
      environment.write(upload.path(), upload.bytes().toByteArray(), upload.mimeType());
      exchange.getResponseHeaders().set("x-goog-upload-status", "final");
      InteractionsHandler.send(exchange, 200, "application/json",
          fileJson(environment.id, upload.path(), environment.file(upload.path())).toString());
    }
  }
}
