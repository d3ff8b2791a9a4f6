package dev.interactions4j.wire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Sampling and tool settings of a request ({@code generation_config}); null components are absent.
 *
 * @param temperature sampling temperature
 * @param topP nucleus sampling
 * @param seed sampling seed
 * @param maxOutputTokens output token limit
 * @param stopSequences stop sequences, possibly empty
 * @param thinkingLevel {@code minimal}, {@code low}, {@code medium} or {@code high}
 * @param thinkingSummaries {@code auto} or {@code none}
 * @param toolChoice how tools may be used
 * @param imageConfig image output settings
 * @param speechConfig speech output settings, raw
 * @param others settings this library does not model yet ({@code video_config}, say), by wire
 *     name, raw: read from an answer's echo and written back as they came, never dropped
 */
public record GenerationConfig(
    Double temperature,
    Double topP,
    Long seed,
    Integer maxOutputTokens,
    List<String> stopSequences,
    String thinkingLevel,
    String thinkingSummaries,
    ToolChoice toolChoice,
    ImageConfig imageConfig,
    JsonNode speechConfig,
    Map<String, JsonNode> others) {

  /** The wire names of the modelled settings; {@link Builder#set} refuses them. */
  static final java.util.Set<String> MODELLED = java.util.Set.of("temperature", "top_p", "seed", "max_output_tokens",
      "stop_sequences", "thinking_level", "thinking_summaries", "tool_choice", "image_config", "speech_config");

  public GenerationConfig {
    stopSequences = stopSequences == null ? List.of() : List.copyOf(stopSequences);
    others = others == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(others));
  }

  /** A configuration of the modelled settings only. */
  public GenerationConfig(Double temperature, Double topP, Long seed, Integer maxOutputTokens, List<String> stopSequences,
      String thinkingLevel, String thinkingSummaries, ToolChoice toolChoice, ImageConfig imageConfig, JsonNode speechConfig) {
    this(temperature, topP, seed, maxOutputTokens, stopSequences, thinkingLevel, thinkingSummaries, toolChoice,
        imageConfig, speechConfig, Map.of());
  }

  /**
   * Image output settings.
   *
   * @param aspectRatio e.g. {@code 16:9}, or null
   * @param imageSize e.g. {@code 2K}, or null
   */
  public record ImageConfig(String aspectRatio, String imageSize) {}

  /** A builder with every setting absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.temperature = temperature;
    builder.topP = topP;
    builder.seed = seed;
    builder.maxOutputTokens = maxOutputTokens;
    builder.stopSequences = stopSequences;
    builder.thinkingLevel = thinkingLevel;
    builder.thinkingSummaries = thinkingSummaries;
    builder.toolChoice = toolChoice;
    builder.imageConfig = imageConfig;
    builder.speechConfig = speechConfig;
    builder.others.putAll(others);
    return builder;
  }

  /** Builds a {@link GenerationConfig}. */
  public static final class Builder {
    private Double temperature;
    private Double topP;
    private Long seed;
    private Integer maxOutputTokens;
    private List<String> stopSequences = List.of();
    private String thinkingLevel;
    private String thinkingSummaries;
    private ToolChoice toolChoice;
    private ImageConfig imageConfig;
    private JsonNode speechConfig;
    private final Map<String, JsonNode> others = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets a setting this library does not model yet by its wire name ({@code "video_config"},
     * say), raw; null removes it.
     *
     * @throws IllegalArgumentException for a modelled setting, which has its own method
     */
    public Builder set(String name, JsonNode value) {
      if (MODELLED.contains(name)) {
        throw new IllegalArgumentException("'" + name + "' is a modelled setting; use its own builder method");
      }
      if (value == null) {
        others.remove(name);
      } else {
        others.put(name, value.deepCopy());
      }
      return this;
    }

    /** Sets {@code temperature}. */
    public Builder temperature(double value) {
      this.temperature = value;
      return this;
    }

    /** Sets {@code top_p}. */
    public Builder topP(double value) {
      this.topP = value;
      return this;
    }

    /** Sets {@code seed}. */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Sets {@code max_output_tokens}. */
    public Builder maxOutputTokens(int value) {
      this.maxOutputTokens = value;
      return this;
    }

    /** Sets {@code stop_sequences}. */
    public Builder stopSequences(List<String> value) {
      this.stopSequences = value;
      return this;
    }

    /** Sets {@code thinking_level}. */
    public Builder thinkingLevel(String value) {
      this.thinkingLevel = value;
      return this;
    }

    /** Sets {@code thinking_summaries}. */
    public Builder thinkingSummaries(String value) {
      this.thinkingSummaries = value;
      return this;
    }

    /** Sets {@code tool_choice}. */
    public Builder toolChoice(ToolChoice value) {
      this.toolChoice = value;
      return this;
    }

    /** Sets {@code image_config}. */
    public Builder imageConfig(ImageConfig value) {
      this.imageConfig = value;
      return this;
    }

    /** Sets {@code speech_config}. */
    public Builder speechConfig(JsonNode value) {
      this.speechConfig = value;
      return this;
    }

    /** The configuration. */
    public GenerationConfig build() {
      return new GenerationConfig(temperature, topP, seed, maxOutputTokens, stopSequences,
          thinkingLevel, thinkingSummaries, toolChoice, imageConfig, speechConfig, others);
    }
  }
}
