package dev.interactions4j.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The remote environments agents work in: each one's sources, network setting and files. A create
 * with {@code environment} makes one or continues in one, and the scripted model leaves its answer
 * there as {@code answer.md}, so that a client can fetch what the agent wrote.
 */
final class EnvironmentStore {
  /** The file each turn run in an environment writes. */
  static final String ANSWER_FILE = "answer.md";

  private final Map<String, Environment> environments = new ConcurrentHashMap<>();
  private final Ids ids;

  EnvironmentStore(Ids ids) {
    this.ids = ids;
  }

  /** One file in an environment. */
  record StoredFile(byte[] bytes, String mimeType, String created, String modified) {}

  /** One environment; its files by path, sorted. */
  static final class Environment {
    final String id;
    final String created;
    final JsonNode sources;
    final JsonNode network;
    final Map<String, StoredFile> files = new TreeMap<>();
    volatile String updated;
    volatile String lastAccessed;

    Environment(String id, String created, JsonNode sources, JsonNode network) {
      this.id = id;
      this.created = created;
      this.updated = created;
      this.lastAccessed = created;
      this.sources = sources;
      this.network = network;
    }

    synchronized void write(String path, byte[] bytes, String mimeType) {
      String now = InteractionEngine.now();
      StoredFile old = files.get(path);
      files.put(path, new StoredFile(bytes.clone(), mimeType, old == null ? now : old.created(), now));
      updated = now;
    }

    synchronized ObjectNode toJson() {
      ObjectNode json = JsonNodeFactory.instance.objectNode();
      json.put("id", id);
      json.put("created", created);
      json.put("updated", updated);
      json.put("last_accessed", lastAccessed);
      json.put("file_count", Integer.toString(files.size()));
      json.put("size_bytes", Long.toString(files.values().stream().mapToLong(f -> f.bytes().length).sum()));
      if (network != null) {
        json.set("network", network.deepCopy());
      }
      if (sources != null) {
        json.set("sources", sources.deepCopy());
      }
      json.put("status", "active");
      return json;
    }

    synchronized List<Map.Entry<String, StoredFile>> filesUnder(String prefix, boolean recursive) {
      List<Map.Entry<String, StoredFile>> found = new ArrayList<>();
      for (Map.Entry<String, StoredFile> entry : files.entrySet()) {
        String path = entry.getKey();
        boolean inside = prefix.isEmpty() || path.startsWith(prefix + "/") || path.equals(prefix);
        String rest = prefix.isEmpty() ? path : path.substring(Math.min(path.length(), prefix.length() + 1));
        if (inside && (recursive || !rest.contains("/"))) {
          found.add(Map.entry(path, entry.getValue()));
        }
      }
      return found;
    }

    synchronized StoredFile file(String path) {
      return files.get(path);
    }
  }

  /** A new environment from a create body ({@code sources}, {@code network}) or a copy of another. */
  Environment create(JsonNode body) throws ApiFailure {
    JsonNode from = body.get("from_environment");
    if (from != null && from.isString()) {
      Environment source = get(from.asString());
      Environment copy = create(source.sources, source.network);
      synchronized (source) {
        source.files.forEach((path, file) -> copy.write(path, file.bytes(), file.mimeType()));
      }
      return copy;
    }
    return create(body.get("sources"), body.get("network"));
  }

  private Environment create(JsonNode sources, JsonNode network) throws ApiFailure {
    Environment environment = new Environment(ids.resource("env_"), InteractionEngine.now(), sources, network);
    if (sources != null) {
      for (JsonNode source : sources) {
        if ("inline".equals(source.path("type").asString("")) && source.has("target")) {
          environment.write(strip(source.get("target").asString()), inlineBytes(source), "text/plain");
        }
      }
    }
    environments.put(environment.id, environment);
    return environment;
  }

  private static byte[] inlineBytes(JsonNode source) throws ApiFailure {
    String content = source.path("content").asString("");
    if ("base64".equals(source.path("encoding").asString(""))) {
      try {
        return Base64.getDecoder().decode(content);
      } catch (IllegalArgumentException e) {
        throw ApiFailure.invalid("Inline source '" + source.path("target").asString() + "' is not valid base64");
      }
    }
    return content.getBytes(StandardCharsets.UTF_8);
  }

  /** The environment {@code id} ({@code env_…} or {@code environments/env_…}). */
  Environment get(String id) throws ApiFailure {
    Environment environment = environments.get(id.startsWith("environments/") ? id.substring(13) : id);
    if (environment == null) {
      throw ApiFailure.notFound("Environment '" + id + "' not found");
    }
    environment.lastAccessed = InteractionEngine.now();
    return environment;
  }

  void delete(String id) throws ApiFailure {
    environments.remove(get(id).id);
  }

  List<Environment> all() {
    List<Environment> all = new ArrayList<>(environments.values());
    all.sort((a, b) -> a.id.compareTo(b.id));
    return all;
  }

  /**
   * The environment a create request runs in, or null: {@code "remote"} makes one, an id continues
   * in one, an object does either.
   */
  Environment forRequest(JsonNode setting) throws ApiFailure {
    if (setting == null || setting.isNull()) {
      return null;
    }
    if (setting.isString()) {
      String value = setting.asString();
      return value.equals("remote") ? create(null, null) : get(value);
    }
    if (!setting.isObject() || !"remote".equals(setting.path("type").asString("remote"))) {
      throw ApiFailure.invalid("'environment' must be \"remote\", an environment id, or {\"type\": \"remote\", ...}");
    }
    JsonNode id = setting.get("environment_id");
    return id != null && id.isString() ? get(id.asString()) : create(setting);
  }

  static String strip(String path) {
    String stripped = path;
    while (stripped.startsWith("/")) {
      stripped = stripped.substring(1);
    }
    return stripped;
  }
}
