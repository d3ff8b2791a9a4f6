package dev.interactions4j.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  /** The resumable sessions, shared with the Files API: the protocol is the same. */
  private final FileUploads uploads;

  EnvironmentRoutes(EnvironmentStore store, FileUploads uploads) {
    this.store = store;
    this.uploads = uploads;
  }

  /** Whether this is a chunk of an open upload (the session URL is its own credential). */
  boolean isUploadSession(ApiPath path, Map<String, String> query) {
    return path.upload() && isFiles(path.resource()) && uploads.isSession(query);
  }

  /** Whether {@code resource} is an environment's files (under {@code /upload}: an upload into them). */
  static boolean isFiles(String resource) {
    return FILES.matcher(resource).matches();
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

  /**
   * Resumable upload ({@code PUT /upload/{version}/environments/{env}/files/{path}}, {@code
   * overwrite=true} to replace): {@code start} opens a session of the Files API's protocol, whose
   * chunks, queries and cuts behave as there; the finished bytes become the environment's file,
   * and the final answer is its entry as a listing shows it (the reference does not say what the
   * real answer holds).
   */
  private void upload(HttpExchange exchange, ApiPath api, Matcher files, Map<String, String> query, byte[] body)
      throws IOException, ApiFailure {
    String command = String.valueOf(exchange.getRequestHeaders().getFirst("X-Goog-Upload-Command")).strip().toLowerCase(Locale.ROOT);
    if (!command.equals("start")) {
      if (!query.containsKey("upload_id")) {
        throw ApiFailure.invalid("Start an upload with X-Goog-Upload-Command: start");
      }
      uploads.command(exchange, query, null);
      return;
    }
    EnvironmentStore.Environment environment = store.get(files.group(1));
    String path = EnvironmentStore.strip(URLDecoder.decode(String.valueOf(files.group(2)), StandardCharsets.UTF_8));
    if (path.isEmpty()) {
      throw ApiFailure.invalid("An upload into an environment names the file's path after /files/");
    }
    boolean overwrite = "true".equals(query.get("overwrite"));
    if (!overwrite && environment.file(path) != null) {
      throw existing(path);
    }
    String type = exchange.getRequestHeaders().getFirst("X-Goog-Upload-Header-Content-Type");
    String mimeType = type == null || type.isBlank() ? "application/octet-stream" : type.strip();
    long declared = FileStart.size(exchange.getRequestHeaders().getFirst("X-Goog-Upload-Header-Content-Length"),
        "X-Goog-Upload-Header-Content-Length");
    uploads.open(exchange, exchange.getRequestURI().getRawPath(), declared, (spill, size, sha, baseUrl) -> {
      byte[] bytes;
      try {
        bytes = java.nio.file.Files.readAllBytes(spill);
        java.nio.file.Files.deleteIfExists(spill);
      } catch (IOException e) {
        throw new ApiFailure(500, "INTERNAL", "The upload's bytes could not be read back: " + e.getMessage());
      }
      synchronized (environment) {
        if (!overwrite && environment.file(path) != null) {
          throw existing(path);
        }
        environment.write(path, bytes, mimeType);
      }
      return fileJson(environment.id, path, environment.file(path));
    });
  }

  private static ApiFailure existing(String path) {
    return new ApiFailure(409, "ALREADY_EXISTS", "File '" + path + "' exists; upload with overwrite=true to replace it");
  }
}
