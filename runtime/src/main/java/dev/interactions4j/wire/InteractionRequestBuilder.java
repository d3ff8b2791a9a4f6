package dev.interactions4j.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds an {@link InteractionRequest}; every setting starts absent. */
public final class InteractionRequestBuilder {
  private String model;
  private String agent;
  private ObjectNode agentConfig;
  private Input input;
  private String systemInstruction;
  private final List<Tool> tools = new ArrayList<>();
  private GenerationConfig generationConfig;
  private final List<ResponseFormat> responseFormats = new ArrayList<>();
  private String responseMimeType;
  private final List<String> responseModalities = new ArrayList<>();
  private String previousInteractionId;
  private Boolean store;
  private Boolean background;
  private Boolean stream;
  private String continuationToken;
  private final Map<String, JsonNode> passThrough = new LinkedHashMap<>();

  InteractionRequestBuilder() {}

  InteractionRequestBuilder(InteractionRequest from) {
    model = from.model();
    agent = from.agent();
    agentConfig = from.agentConfig();
    input = from.input();
    systemInstruction = from.systemInstruction();
    tools.addAll(from.tools());
    generationConfig = from.generationConfig();
    responseFormats.addAll(from.responseFormats());
    responseMimeType = from.responseMimeType();
    responseModalities.addAll(from.responseModalities());
    previousInteractionId = from.previousInteractionId();
    store = from.store();
    background = from.background();
    stream = from.stream();
    continuationToken = from.continuationToken();
    passThrough.putAll(from.passThrough());
  }

  /** Sets {@code model}. */
  public InteractionRequestBuilder model(String value) {
    model = value;
    return this;
  }

  /** Sets {@code agent}. */
  public InteractionRequestBuilder agent(String value) {
    agent = value;
    return this;
  }

  /** Sets {@code agent_config}. */
  public InteractionRequestBuilder agentConfig(ObjectNode value) {
    agentConfig = value;
    return this;
  }

  /** Sets {@code input}. */
  public InteractionRequestBuilder input(Input value) {
    input = value;
    return this;
  }

  /** Sets {@code input} to text. */
  public InteractionRequestBuilder input(String text) {
    return input(Input.text(text));
  }

  /** Sets {@code system_instruction}. */
  public InteractionRequestBuilder systemInstruction(String value) {
    systemInstruction = value;
    return this;
  }

  /** Adds tools. */
  public InteractionRequestBuilder tools(List<? extends Tool> value) {
    tools.addAll(value);
    return this;
  }

  /** Adds a tool. */
  public InteractionRequestBuilder tool(Tool value) {
    tools.add(value);
    return this;
  }

  /** Sets {@code generation_config}. */
  public InteractionRequestBuilder generationConfig(GenerationConfig value) {
    generationConfig = value;
    return this;
  }

  /** Adds a response format. */
  public InteractionRequestBuilder responseFormat(ResponseFormat value) {
    responseFormats.add(value);
    return this;
  }

  /** Sets {@code response_mime_type} (the older structured-output form). */
  public InteractionRequestBuilder responseMimeType(String value) {
    responseMimeType = value;
    return this;
  }

  /** Adds response modalities ({@code text}, {@code image}, {@code audio}, …). */
  public InteractionRequestBuilder responseModalities(String... value) {
    responseModalities.addAll(List.of(value));
    return this;
  }

  /** Sets {@code previous_interaction_id}. */
  public InteractionRequestBuilder previousInteractionId(String value) {
    previousInteractionId = value;
    return this;
  }

  /** Sets {@code store}. */
  public InteractionRequestBuilder store(Boolean value) {
    store = value;
    return this;
  }

  /** Sets {@code background}. */
  public InteractionRequestBuilder background(Boolean value) {
    background = value;
    return this;
  }

  /** Sets {@code stream}. */
  public InteractionRequestBuilder stream(Boolean value) {
    stream = value;
    return this;
  }

  /** Sets {@code continuation_token}. */
  public InteractionRequestBuilder continuationToken(String value) {
    continuationToken = value;
    return this;
  }

  /** Sets {@code service_tier}; null removes it (the server's default, {@code standard}). */
  public InteractionRequestBuilder serviceTier(ServiceTier value) {
    return typed(InteractionRequest.SERVICE_TIER, value == null ? null : Trees.NODES.stringNode(value.value()));
  }

  /** Sets {@code environment}: a new remote environment, one to continue in, or a configured one. */
  public InteractionRequestBuilder environment(EnvironmentSetting value) {
    return typed(InteractionRequest.ENVIRONMENT, value == null ? null : value.json());
  }

  /** Sets {@code webhook_config} (needs {@code background}): where this job's events go. */
  public InteractionRequestBuilder webhookConfig(WebhookConfig value) {
    return typed(InteractionRequest.WEBHOOK_CONFIG, value == null ? null : value.toJson());
  }

  private InteractionRequestBuilder typed(String name, JsonNode value) {
    if (value == null) {
      passThrough.remove(name);
    } else {
      passThrough.put(name, value);
    }
    return this;
  }

  /** Sets another top-level field, written as given (e.g. {@code safety_settings}). */
  public InteractionRequestBuilder passThrough(String name, JsonNode value) {
    passThrough.put(name, value);
    return this;
  }

  /** The request. */
  public InteractionRequest build() {
    return new InteractionRequest(model, agent, agentConfig, input, systemInstruction, tools,
        generationConfig, responseFormats, responseMimeType, responseModalities,
        previousInteractionId, store, background, stream, continuationToken, passThrough);
  }
}
