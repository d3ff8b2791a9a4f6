package dev.interactions4j.wire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of a create call. A model interaction names {@code model}, an agent interaction names
 * {@code agent}. Null components are absent from the JSON.
 *
 * @param model the model, or null
 * @param agent the agent, or null
 * @param agentConfig the agent configuration, raw, or null
 * @param input the input, or null (continuations have none)
 * @param systemInstruction the system instruction, or null
 * @param tools the tools, possibly empty
 * @param generationConfig generation settings, or null
 * @param responseFormats response formats, possibly empty (one is written as an object)
 * @param responseMimeType the older structured-output form, or null
 * @param responseModalities e.g. {@code text}, {@code image}; possibly empty
 * @param previousInteractionId the interaction this continues, or null
 * @param store whether the server keeps it, or null (server default: true)
 * @param background whether to return at once and run in the background, or null
 * @param stream whether to answer as server-sent events, or null
 * @param continuationToken continues a {@code requires_continuation} answer, or null
 * @param passThrough other top-level fields ({@code safety_settings}, {@code labels}, {@code
 *     service_tier}, {@code webhook_config}, {@code cached_content}), written as given
 */
public record InteractionRequest(
    String model,
    String agent,
    ObjectNode agentConfig,
    Input input,
    String systemInstruction,
    List<Tool> tools,
    GenerationConfig generationConfig,
    List<ResponseFormat> responseFormats,
    String responseMimeType,
    List<String> responseModalities,
    String previousInteractionId,
    Boolean store,
    Boolean background,
    Boolean stream,
    String continuationToken,
    Map<String, JsonNode> passThrough) {

  public InteractionRequest {
    tools = tools == null ? List.of() : List.copyOf(tools);
    responseFormats = responseFormats == null ? List.of() : List.copyOf(responseFormats);
    responseModalities = responseModalities == null ? List.of() : List.copyOf(responseModalities);
    passThrough = passThrough == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(passThrough));
  }

  /** A builder for a model interaction. */
  public static InteractionRequestBuilder model(String model) {
    return new InteractionRequestBuilder().model(model);
  }

  /** A builder for an agent interaction. */
  public static InteractionRequestBuilder agent(String agent) {
    return new InteractionRequestBuilder().agent(agent);
  }

  /** An empty builder. */
  public static InteractionRequestBuilder builder() {
    return new InteractionRequestBuilder();
  }

  /** A builder starting from this request. */
  public InteractionRequestBuilder toBuilder() {
    return new InteractionRequestBuilder(this);
  }
}
