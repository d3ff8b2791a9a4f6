package dev.interactions4j.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Token counts of an interaction; absent counts are 0.
 *
 * @param totalInputTokens input tokens, including history kept on the server
 * @param totalOutputTokens output tokens
 * @param totalThoughtTokens thinking tokens
 * @param totalCachedTokens input tokens served from the cache
 * @param totalToolUseTokens tokens of tool use
 * @param totalTokens all tokens
 * @param initialInputTokens input tokens of the first hop
 * @param inputTokensByModality input tokens per modality
 * @param outputTokensByModality output tokens per modality
 * @param cachedTokensByModality cached tokens per modality
 * @param toolUseTokensByModality tool-use tokens per modality
 * @param groundingToolCount how often each grounding tool ({@code google_search}, {@code google_maps}, …) ran
 * @param others the keys this version does not model ({@code raw_prompt_token}, …), raw; empty when none
 */
public record Usage(
    int totalInputTokens,
    int totalOutputTokens,
    int totalThoughtTokens,
    int totalCachedTokens,
    int totalToolUseTokens,
    int totalTokens,
    int initialInputTokens,
    List<ModalityTokens> inputTokensByModality,
    List<ModalityTokens> outputTokensByModality,
    List<ModalityTokens> cachedTokensByModality,
    List<ModalityTokens> toolUseTokensByModality,
    List<ToolCount> groundingToolCount,
    ObjectNode others) {

  /** No tokens. */
  public static final Usage NONE = new Usage(0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(), null);

  public Usage {
    inputTokensByModality = copy(inputTokensByModality);
    outputTokensByModality = copy(outputTokensByModality);
    cachedTokensByModality = copy(cachedTokensByModality);
    toolUseTokensByModality = copy(toolUseTokensByModality);
    groundingToolCount = groundingToolCount == null ? List.of() : List.copyOf(groundingToolCount);
    others = others == null ? JsonNodeFactory.instance.objectNode() : others.deepCopy();
  }

  /** The keys this version does not model, raw (a copy). */
  @Override
  public ObjectNode others() {
    return others.deepCopy();
  }

  /**
   * How often one grounding tool ran.
   *
   * @param type e.g. {@code google_search}
   * @param count the count
   */
  public record ToolCount(String type, int count) {}

  /**
   * Tokens of one modality.
   *
   * @param modality e.g. {@code text}
   * @param tokens the count
   */
  public record ModalityTokens(String modality, int tokens) {}

  /** The sum of this and {@code other}, for cumulative counts over several interactions. */
  public Usage plus(Usage other) {
    return new Usage(
        totalInputTokens + other.totalInputTokens,
        totalOutputTokens + other.totalOutputTokens,
        totalThoughtTokens + other.totalThoughtTokens,
        totalCachedTokens + other.totalCachedTokens,
        totalToolUseTokens + other.totalToolUseTokens,
        totalTokens + other.totalTokens,
        initialInputTokens + other.initialInputTokens,
        sum(inputTokensByModality, other.inputTokensByModality),
        sum(outputTokensByModality, other.outputTokensByModality),
        sum(cachedTokensByModality, other.cachedTokensByModality),
        sum(toolUseTokensByModality, other.toolUseTokensByModality),
        sumCounts(groundingToolCount, other.groundingToolCount),
        merged(others, other.others));
  }

  private static List<ToolCount> sumCounts(List<ToolCount> a, List<ToolCount> b) {
    Map<String, Integer> byType = new LinkedHashMap<>();
    a.forEach(entry -> byType.merge(entry.type(), entry.count(), Integer::sum));
    b.forEach(entry -> byType.merge(entry.type(), entry.count(), Integer::sum));
    List<ToolCount> out = new ArrayList<>();
    byType.forEach((type, count) -> out.add(new ToolCount(type, count)));
    return out;
  }

  // Unmodelled keys cannot be added up without knowing them: the later value of each key wins.
  private static ObjectNode merged(ObjectNode earlier, ObjectNode later) {
    ObjectNode out = earlier.deepCopy();
    out.setAll(later.deepCopy());
    return out;
  }

  private static List<ModalityTokens> sum(List<ModalityTokens> a, List<ModalityTokens> b) {
    Map<String, Integer> byModality = new LinkedHashMap<>();
    for (ModalityTokens entry : a) {
      byModality.merge(entry.modality(), entry.tokens(), Integer::sum);
    }
    for (ModalityTokens entry : b) {
      byModality.merge(entry.modality(), entry.tokens(), Integer::sum);
    }
    List<ModalityTokens> out = new ArrayList<>();
    byModality.forEach((modality, tokens) -> out.add(new ModalityTokens(modality, tokens)));
    return out;
  }

  private static List<ModalityTokens> copy(List<ModalityTokens> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
