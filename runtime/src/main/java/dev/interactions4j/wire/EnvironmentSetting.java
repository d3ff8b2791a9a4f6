package dev.interactions4j.wire;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code environment} of a create: a new remote environment ({@link #remote()}), one to
 * continue in ({@link #existing(String)}, usually with {@code previous_interaction_id}), or a
 * configured one ({@link #remote(List, Network)}). The answer names it in
 * {@link Interaction#environmentId()}.
 *
 * @param json the setting as sent: a string or an object
 */
public record EnvironmentSetting(JsonNode json) {
  public EnvironmentSetting {
    Objects.requireNonNull(json, "json");
    json = json.deepCopy();
  }

  /** {@code "remote"}: a new environment. */
  public static EnvironmentSetting remote() {
    return new EnvironmentSetting(Trees.NODES.stringNode("remote"));
  }

  /** The environment {@code id} (e.g. {@code env_abc123}) of an earlier answer. */
  public static EnvironmentSetting existing(String id) {
    return new EnvironmentSetting(Trees.NODES.stringNode(Objects.requireNonNull(id, "id")));
  }

  /** A new remote environment with these sources and network; {@code network} null = open egress. */
  public static EnvironmentSetting remote(List<Source> sources, Network network) {
    ObjectNode json = Trees.newObject().put("type", "remote");
    ArrayNode list = json.putArray("sources");
    sources.forEach(source -> list.add(source.toJson()));
    if (network != null) {
      json.set("network", network.json());
    }
    return new EnvironmentSetting(json);
  }

  /** The environment id this setting names, or null for a new one. */
  public String environmentId() {
    if (json.isString()) {
      return json.stringValue().equals("remote") ? null : json.stringValue();
    }
    JsonNode id = json.get("environment_id");
    return id != null && id.isString() ? id.stringValue() : null;
  }

  /**
   * One source copied into a new environment.
   *
   * @param type {@code gcs}, {@code inline}, {@code repository} or {@code skill_registry}
   * @param source where it comes from ({@code gs://…}, a repository URL), or null for inline
   * @param target its path in the environment
   * @param content inline content, or null
   * @param encoding inline content's encoding (e.g. {@code base64}), or null for text
   */
  public record Source(String type, String source, String target, String content, String encoding) {
    /** Inline text at {@code target}. */
    public static Source inline(String target, String content) {
      return new Source("inline", null, target, content, null);
    }

    /** A Cloud Storage object or folder copied to {@code target}. */
    public static Source gcs(String uri, String target) {
      return new Source("gcs", uri, target, null, null);
    }

    ObjectNode toJson() {
      ObjectNode json = Trees.newObject().put("type", type);
      Trees.put(json, "source", source);
      Trees.put(json, "target", target);
      Trees.put(json, "content", content);
      Trees.put(json, "encoding", encoding);
      return json;
    }
  }

  /**
   * The network of a new environment: none at all, or only these domains.
   *
   * @param json {@code "disabled"} or {@code {"allowlist": [...]}}
   */
  public record Network(JsonNode json) {
    /** No network. */
    public static Network disabled() {
      return new Network(Trees.NODES.stringNode("disabled"));
    }

    /** Only these domains (e.g. {@code *.googleapis.com}), each with headers added to its requests. */
    public static Network allowlist(Map<String, Map<String, String>> domainsWithHeaders) {
      ObjectNode json = Trees.newObject();
      ArrayNode list = json.putArray("allowlist");
      domainsWithHeaders.forEach((domain, headers) -> {
        ObjectNode entry = list.addObject().put("domain", domain);
        if (!headers.isEmpty()) {
          ObjectNode transform = entry.putObject("transform");
          headers.forEach(transform::put);
        }
      });
      return new Network(json);
    }
  }
}
