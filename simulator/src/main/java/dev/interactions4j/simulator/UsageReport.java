package dev.interactions4j.simulator;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code usage} of an answer and the {@code step_usage} of each step, with the details
 * recorded answers carry: per-modality lists, thought and tool-use tokens, grounding tool counts.
 */
final class UsageReport {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> TOOL_RESULTS = Set.of("google_search_result", "url_context_result",
      "code_execution_result", "mcp_server_tool_result", "file_search_result", "google_maps_result");

  private UsageReport() {}

  /** The usage of a turn whose output is {@code steps}. */
  static ObjectNode of(int input, int output, int cached, List<ObjectNode> steps) {
    int thought = 0;
    int toolUse = 0;
    for (ObjectNode step : steps) {
      String type = step.path("type").asString("");
      if (type.equals("thought")) {
        thought += tokens(step);
      } else if (TOOL_RESULTS.contains(type)) {
        toolUse += tokens(step);
      }
    }
    ObjectNode usage = NODES.objectNode();
    usage.put("total_input_tokens", input);
    usage.put("total_output_tokens", output);
    if (thought > 0) {
      usage.put("total_thought_tokens", thought);
    }
    usage.put("total_cached_tokens", cached);
    if (toolUse > 0) {
      usage.put("total_tool_use_tokens", toolUse);
    }
    usage.put("total_tokens", input + output + thought + toolUse);
    byModality(usage, "input_tokens_by_modality", input);
    byModality(usage, "output_tokens_by_modality", output);
    if (cached > 0) {
      byModality(usage, "cached_tokens_by_modality", cached);
    }
    if (toolUse > 0) {
      byModality(usage, "tool_use_tokens_by_modality", toolUse);
    }
    var grounding = BuiltInTools.groundingCounts(steps);
    if (!grounding.isEmpty()) {
      usage.set("grounding_tool_count", grounding);
    }
    return usage;
  }

  /** What one step cost: its own output tokens, as {@code step.stop}'s {@code step_usage}. */
  static ObjectNode ofStep(ObjectNode step) {
    int tokens = tokens(step);
    return NODES.objectNode().put("total_output_tokens", tokens).put("total_tokens", tokens);
  }

  private static void byModality(ObjectNode usage, String field, int tokens) {
    usage.putArray(field).addObject().put("modality", "text").put("tokens", tokens);
  }

  /** Tokens of the text a step carries (texts, arguments, results), not of its JSON syntax. */
  private static int tokens(JsonNode node) {
    if (node.isString()) {
      return Tokens.count(node.asString());
    }
    int sum = 0;
    for (var entry : node.properties()) {
      String name = entry.getKey();
      if (!name.equals("type") && !name.equals("signature") && !name.equals("data") && !name.endsWith("id")
          && !name.equals("mime_type")) {
        sum += tokens(entry.getValue());
      }
    }
    for (JsonNode item : node.isArray() ? node : NODES.arrayNode()) {
      sum += tokens(item);
    }
    return sum;
  }
}
