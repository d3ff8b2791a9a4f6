package dev.interactions4j.wire;

import static dev.interactions4j.wire.Trees.asObject;
import static dev.interactions4j.wire.Trees.field;
import static dev.interactions4j.wire.Trees.integer;
import static dev.interactions4j.wire.Trees.list;
import static dev.interactions4j.wire.Trees.longInteger;
import static dev.interactions4j.wire.Trees.newObject;
import static dev.interactions4j.wire.Trees.number;
import static dev.interactions4j.wire.Trees.object;
import static dev.interactions4j.wire.Trees.put;
import static dev.interactions4j.wire.Trees.putList;
import static dev.interactions4j.wire.Trees.putStrings;
import static dev.interactions4j.wire.Trees.string;
import static dev.interactions4j.wire.Trees.strings;
import static dev.interactions4j.wire.Trees.type;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes {@link Tool}s, {@link ResponseFormat}s and {@link GenerationConfig}. */
final class ToolCodec {
  private ToolCodec() {}

  static Tool readTool(JsonNode node) {
    ObjectNode json = asObject(node, "tool");
    String type = type(json, "tool");
    return switch (type) {
      case "function" -> new Tool.Function(string(json, "name"), string(json, "description"),
          copy(object(json, "parameters")));
      case "google_search" -> new Tool.GoogleSearch(strings(json, "search_types"));
      case "code_execution" -> new Tool.CodeExecution();
      case "url_context" -> new Tool.UrlContext();
      case "mcp_server" -> new Tool.McpServer(string(json, "name"), string(json, "url"), headers(json),
          list(json, "allowed_tools", item -> {
            ObjectNode allowed = asObject(item, "allowed_tools entry");
            return new Tool.AllowedTools(string(allowed, "mode"), strings(allowed, "tools"));
          }));
      case "file_search" -> new Tool.FileSearch(strings(json, "file_search_store_names"),
          integer(json, "top_k"), string(json, "metadata_filter"));
      default -> new Tool.Unknown(type, json.deepCopy());
    };
  }

  private static Map<String, String> headers(ObjectNode json) {
    ObjectNode headers = object(json, "headers");
    Map<String, String> out = new LinkedHashMap<>();
    if (headers != null) {
      for (String name : headers.propertyNames()) {
        out.put(name, string(headers, name));
      }
    }
    return out;
  }

  static ObjectNode writeTool(Tool tool) {
    if (tool instanceof Tool.Unknown unknown) {
      return unknown.raw().deepCopy();
    }
    ObjectNode json = newObject();
    json.put("type", tool.type());
    if (tool instanceof Tool.Function function) {
      put(json, "name", function.name());
      put(json, "description", function.description());
      put(json, "parameters", copy(function.parameters()));
    } else if (tool instanceof Tool.GoogleSearch search) {
      putStrings(json, "search_types", search.searchTypes());
    } else if (tool instanceof Tool.McpServer mcp) {
      put(json, "name", mcp.name());
      put(json, "url", mcp.url());
      if (!mcp.headers().isEmpty()) {
        ObjectNode headers = json.putObject("headers");
        mcp.headers().forEach(headers::put);
      }
      putList(json, "allowed_tools", mcp.allowedTools(), allowed -> {
        ObjectNode entry = newObject();
        put(entry, "mode", allowed.mode());
        putStrings(entry, "tools", allowed.tools());
        return entry;
      });
    } else if (tool instanceof Tool.FileSearch search) {
      putStrings(json, "file_search_store_names", search.fileSearchStoreNames());
      put(json, "top_k", search.topK());
      put(json, "metadata_filter", search.metadataFilter());
    }
    return json;
  }

  static ResponseFormat readFormat(JsonNode node) {
    ObjectNode json = asObject(node, "response format");
    String type = type(json, "response format");
    return switch (type) {
      case "text" -> new ResponseFormat.Text(string(json, "mime_type"), copy(field(json, "schema")));
      case "image" -> new ResponseFormat.Image(string(json, "mime_type"), string(json, "aspect_ratio"),
          string(json, "image_size"), string(json, "delivery"));
      case "audio" -> new ResponseFormat.Audio(string(json, "mime_type"), integer(json, "sample_rate"),
          integer(json, "bit_rate"), string(json, "delivery"));
      default -> new ResponseFormat.Unknown(type, json.deepCopy());
    };
  }

  static ObjectNode writeFormat(ResponseFormat format) {
    if (format instanceof ResponseFormat.Unknown unknown) {
      return unknown.raw().deepCopy();
    }
    ObjectNode json = newObject();
    json.put("type", format.type());
    if (format instanceof ResponseFormat.Text text) {
      put(json, "mime_type", text.mimeType());
      put(json, "schema", copy(text.schema()));
    } else if (format instanceof ResponseFormat.Image image) {
      put(json, "mime_type", image.mimeType());
      put(json, "aspect_ratio", image.aspectRatio());
      put(json, "image_size", image.imageSize());
      put(json, "delivery", image.delivery());
    } else if (format instanceof ResponseFormat.Audio audio) {
      put(json, "mime_type", audio.mimeType());
      put(json, "sample_rate", audio.sampleRate());
      put(json, "bit_rate", audio.bitRate());
      put(json, "delivery", audio.delivery());
    }
    return json;
  }

  static GenerationConfig readConfig(ObjectNode json) {
    if (json == null) {
      return null;
    }
    ObjectNode image = object(json, "image_config");
    return new GenerationConfig(number(json, "temperature"), number(json, "top_p"),
        longInteger(json, "seed"), integer(json, "max_output_tokens"), strings(json, "stop_sequences"),
        string(json, "thinking_level"), string(json, "thinking_summaries"), readToolChoice(field(json, "tool_choice")),
        image == null ? null : new GenerationConfig.ImageConfig(string(image, "aspect_ratio"), string(image, "image_size")),
        copy(field(json, "speech_config")), unmodelled(json));
  }

  private static ToolChoice readToolChoice(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isString()) {
      return new ToolChoice(node.stringValue(), List.of());
    }
    ObjectNode allowed = object(asObject(node, "'tool_choice'"), "allowed_tools");
    if (allowed == null) {
      throw new Trees.ShapeException("'tool_choice' must be a mode or {\"allowed_tools\": …}");
    }
    String mode = string(allowed, "mode");
    return new ToolChoice(mode == null ? "auto" : mode, strings(allowed, "tools"));
  }

  private static java.util.Map<String, JsonNode> unmodelled(ObjectNode config) {
    java.util.Map<String, JsonNode> others = new java.util.LinkedHashMap<>();
    config.properties().forEach(entry -> {
      if (!GenerationConfig.MODELLED.contains(entry.getKey())) {
        others.put(entry.getKey(), entry.getValue().deepCopy());
      }
    });
    return others;
  }

  static ObjectNode writeConfig(GenerationConfig config) {
    ObjectNode json = newObject();
    put(json, "temperature", config.temperature());
    put(json, "top_p", config.topP());
    put(json, "seed", config.seed());
    put(json, "max_output_tokens", config.maxOutputTokens());
    putStrings(json, "stop_sequences", config.stopSequences());
    put(json, "thinking_level", config.thinkingLevel());
    put(json, "thinking_summaries", config.thinkingSummaries());
    ToolChoice choice = config.toolChoice();
    if (choice != null && choice.allowedTools().isEmpty()) {
      json.put("tool_choice", choice.mode());
    } else if (choice != null) {
      ObjectNode allowed = json.putObject("tool_choice").putObject("allowed_tools");
      allowed.put("mode", choice.mode());
      putStrings(allowed, "tools", choice.allowedTools());
    }
    if (config.imageConfig() != null) {
      ObjectNode image = json.putObject("image_config");
      put(image, "aspect_ratio", config.imageConfig().aspectRatio());
      put(image, "image_size", config.imageConfig().imageSize());
    }
    put(json, "speech_config", copy(config.speechConfig()));
    config.others().forEach((name, value) -> json.set(name, value.deepCopy()));
    return json;
  }

  @SuppressWarnings("unchecked")
  private static <N extends JsonNode> N copy(N node) {
    return node == null ? null : (N) node.deepCopy();
  }
}
