package dev.interactions4j.wire;

import static dev.interactions4j.wire.Trees.asObject;
import static dev.interactions4j.wire.Trees.code;
import static dev.interactions4j.wire.Trees.count;
import static dev.interactions4j.wire.Trees.field;
import static dev.interactions4j.wire.Trees.list;
import static dev.interactions4j.wire.Trees.newObject;
import static dev.interactions4j.wire.Trees.object;
import static dev.interactions4j.wire.Trees.put;
import static dev.interactions4j.wire.Trees.putList;
import static dev.interactions4j.wire.Trees.putNonZero;
import static dev.interactions4j.wire.Trees.putStrings;
import static dev.interactions4j.wire.Trees.string;
import static dev.interactions4j.wire.Trees.strings;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes {@link Interaction}s, {@link Usage} and errors. */
final class InteractionCodec {
  private InteractionCodec() {}

  static Interaction read(ObjectNode json) {
    String status = string(json, "status");
    String tier = string(json, "service_tier");
    return new Interaction(
        string(json, "id"),
        status == null ? null : new InteractionStatus(status),
        string(json, "model"),
        string(json, "agent"),
        string(json, "created"),
        string(json, "updated"),
        list(json, "steps", StepCodec::read),
        readUsage(object(json, "usage")),
        string(json, "previous_interaction_id"),
        string(json, "output_text"),
        list(json, "errors", item -> readError(asObject(item, "error"))),
        string(json, "continuation_token"),
        string(json, "environment_id"),
        tier == null ? null : ServiceTier.of(tier),
        strings(json, "continuation_ids"));
  }

  static ObjectNode write(Interaction interaction) {
    ObjectNode json = newObject();
    put(json, "id", interaction.id());
    put(json, "status", interaction.status() == null ? null : interaction.status().value());
    if (!interaction.usage().equals(Usage.NONE)) {
      json.set("usage", writeUsage(interaction.usage()));
    }
    put(json, "created", interaction.created());
    put(json, "updated", interaction.updated());
    putList(json, "steps", interaction.steps(), StepCodec::write);
    json.put("object", "interaction");
    put(json, "model", interaction.model());
    put(json, "agent", interaction.agent());
    put(json, "previous_interaction_id", interaction.previousInteractionId());
    put(json, "output_text", interaction.outputText());
    putList(json, "errors", interaction.errors(), InteractionCodec::writeError);
    put(json, "continuation_token", interaction.continuationToken());
    put(json, "environment_id", interaction.environmentId());
    put(json, "service_tier", interaction.serviceTier() == null ? null : interaction.serviceTier().value());
    // Not sent by the server: Google's SDK writes the hops it joined under this name too.
    putStrings(json, "continuation_ids", interaction.continuationIds());
    return json;
  }

  static Usage readUsage(ObjectNode json) {
    if (json == null) {
      return Usage.NONE;
    }
    return new Usage(
        count(json, "total_input_tokens"),
        count(json, "total_output_tokens"),
        count(json, "total_thought_tokens"),
        count(json, "total_cached_tokens"),
        count(json, "total_tool_use_tokens"),
        count(json, "total_tokens"),
        count(json, "initial_input_tokens"),
        modalities(json, "input_tokens_by_modality"),
        modalities(json, "output_tokens_by_modality"),
        modalities(json, "cached_tokens_by_modality"),
        modalities(json, "tool_use_tokens_by_modality"),
        wellShaped(json) ? list(json, "grounding_tool_count", item -> {
          ObjectNode entry = (ObjectNode) item;
          return new Usage.ToolCount(string(entry, "type"), count(entry, "count"));
        }) : List.of(),
        unmodelled(json));
  }

  private static final Set<String> USAGE_KEYS = Set.of("total_input_tokens", "total_output_tokens",
      "total_thought_tokens", "total_cached_tokens", "total_tool_use_tokens", "total_tokens", "initial_input_tokens",
      "input_tokens_by_modality", "output_tokens_by_modality", "cached_tokens_by_modality",
      "tool_use_tokens_by_modality", "grounding_tool_count");

  // A grounding count of another shape than the documented one is kept raw, not refused.
  private static boolean wellShaped(ObjectNode usage) {
    JsonNode counts = field(usage, "grounding_tool_count");
    if (counts == null || !counts.isArray()) {
      return counts == null;
    }
    for (JsonNode entry : counts) {
      if (!entry.isObject()) {
        return false;
      }
    }
    return true;
  }

  private static ObjectNode unmodelled(ObjectNode usage) {
    ObjectNode others = newObject();
    boolean countsModelled = wellShaped(usage);
    usage.properties().forEach(entry -> {
      if (!USAGE_KEYS.contains(entry.getKey()) || entry.getKey().equals("grounding_tool_count") && !countsModelled) {
        others.set(entry.getKey(), entry.getValue().deepCopy());
      }
    });
    return others;
  }

  private static List<Usage.ModalityTokens> modalities(ObjectNode json, String name) {
    return list(json, name, item -> {
      ObjectNode entry = asObject(item, "'" + name + "' entry");
      return new Usage.ModalityTokens(string(entry, "modality"), count(entry, "tokens"));
    });
  }

  static ObjectNode writeUsage(Usage usage) {
    ObjectNode json = newObject();
    putNonZero(json, "total_input_tokens", usage.totalInputTokens());
    putNonZero(json, "total_output_tokens", usage.totalOutputTokens());
    putNonZero(json, "total_thought_tokens", usage.totalThoughtTokens());
    putNonZero(json, "total_cached_tokens", usage.totalCachedTokens());
    putNonZero(json, "total_tool_use_tokens", usage.totalToolUseTokens());
    putNonZero(json, "total_tokens", usage.totalTokens());
    putNonZero(json, "initial_input_tokens", usage.initialInputTokens());
    putList(json, "input_tokens_by_modality", usage.inputTokensByModality(), InteractionCodec::writeModality);
    putList(json, "output_tokens_by_modality", usage.outputTokensByModality(), InteractionCodec::writeModality);
    putList(json, "cached_tokens_by_modality", usage.cachedTokensByModality(), InteractionCodec::writeModality);
    putList(json, "tool_use_tokens_by_modality", usage.toolUseTokensByModality(), InteractionCodec::writeModality);
    putList(json, "grounding_tool_count", usage.groundingToolCount(), count -> {
      ObjectNode entry = newObject();
      put(entry, "type", count.type());
      entry.put("count", count.count());
      return entry;
    });
    json.setAll(usage.others());
    return json;
  }

  private static JsonNode writeModality(Usage.ModalityTokens tokens) {
    ObjectNode json = newObject();
    put(json, "modality", tokens.modality());
    json.put("tokens", tokens.tokens());
    return json;
  }

  static StepError readError(ObjectNode json) {
    if (json == null) {
      return null;
    }
    JsonNode details = field(json, "details");
    return new StepError(code(json, "code"), string(json, "message"), details == null ? null : details.deepCopy());
  }

  static ObjectNode writeError(StepError error) {
    if (error == null) {
      return null;
    }
    ObjectNode json = newObject();
    put(json, "code", error.code());
    put(json, "message", error.message());
    put(json, "details", error.details());
    return json;
  }

  /** The {@code error} object of an error body, or of an {@code error} stream event. */
  static ApiError readApiError(ObjectNode json) {
    JsonNode details = field(json, "details");
    return new ApiError(code(json, "code"), string(json, "message"), string(json, "status"),
        details == null ? null : details.deepCopy());
  }
}
