package dev.interactions4j.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    List<ModalityTokens> cachedTokensByModality) {

  /** No tokens. */
  public static final Usage NONE = new Usage(0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of());

  public Usage {
    inputTokensByModality = copy(inputTokensByModality);
    outputTokensByModality = copy(outputTokensByModality);
    cachedTokensByModality = copy(cachedTokensByModality);
  }

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
        sum(cachedTokensByModality, other.cachedTokensByModality));
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
