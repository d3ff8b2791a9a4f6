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
 * @param passThrough other top-level fields, written as given: {@code safety_settings}, {@code
 *     labels}, {@code cached_content}, and the ones with typed accessors here: {@code
 *     service_tier}, {@code environment}, {@code webhook_config}
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

  static final String SERVICE_TIER = "service_tier";
  static final String ENVIRONMENT = "environment";
  static final String WEBHOOK_CONFIG = "webhook_config";

  /** The {@code service_tier}, or null. */
  public ServiceTier serviceTier() {
    JsonNode tier = passThrough.get(SERVICE_TIER);
    return tier != null && tier.isString() ? ServiceTier.of(tier.stringValue()) : null;
  }

  /** The {@code environment}, or null. */
  public EnvironmentSetting environment() {
    JsonNode environment = passThrough.get(ENVIRONMENT);
    return environment == null || environment.isNull() ? null : new EnvironmentSetting(environment);
  }

  /** The {@code webhook_config}, or null. */
  public WebhookConfig webhookConfig() {
    JsonNode config = passThrough.get(WEBHOOK_CONFIG);
    return config instanceof ObjectNode object ? WebhookConfig.read(object) : null;
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
