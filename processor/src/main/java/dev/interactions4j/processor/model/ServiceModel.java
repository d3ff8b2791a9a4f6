package dev.interactions4j.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @GeminiService} interface read for generation.
 *
 * @param origin the interface
 * @param sourceType its name
 * @param tools its {@code @GeminiTool} interfaces, each an argument of the factories
 * @param methods one per abstract method
 */
public record ServiceModel(TypeElement origin, ClassName sourceType, List<ToolRef> tools, List<Call> methods) {

  /** {@code Gemini<Name>} next to the interface. */
  public ClassName implementationClass() {
    return GeneratedNames.implementationClass(sourceType);
  }

  /**
   * A tool interface of the service.
   *
   * @param type the {@code @GeminiTool} interface
   * @param parameterName the factory parameter that takes its implementation
   */
  public record ToolRef(ClassName type, String parameterName) {}

  /** What a method's answer holds. */
  public enum Payload { TEXT, STRUCTURED, IMAGE, AUDIO, INTERACTION, REPORT }

  /**
   * How a method hands its payload over: the value itself, a {@code Reply} of it, a {@code Stream}
   * of it, or a {@code BackgroundTask} of it.
   */
  public enum Shape { PLAIN, REPLY, STREAM, BACKGROUND }

  /**
   * What a method returns, which decides what is asked for and how the answer is read.
   *
   * @param payload what the answer holds
   * @param shape how it is handed over
   * @param outputType the {@code <T>Schema} of a {@link Payload#STRUCTURED} payload
   */
  public record Answer(Payload payload, Shape shape, Optional<ClassName> outputType) {
    public Answer {
      if ((payload == Payload.STRUCTURED) != outputType.isPresent()) {
        throw new IllegalArgumentException("a structured payload, and only it, has an output type");
      }
    }

    /** An answer with no output type. */
    public static Answer of(Payload payload, Shape shape) {
      return new Answer(payload, shape, Optional.empty());
    }
  }

  /**
   * The {@code @Generation} settings of a method, the method's overriding the interface's one by one.
   *
   * @param temperature sampling temperature, if set
   * @param maxOutputTokens output token limit, if set
   * @param thinkingLevel thinking level, if set
   * @param seed sampling seed, if set
   */
  public record GenerationSettings(Optional<Double> temperature, Optional<Integer> maxOutputTokens,
      Optional<String> thinkingLevel, Optional<Long> seed) {
    /** Whether no setting is set. */
    public boolean isEmpty() {
      return temperature.isEmpty() && maxOutputTokens.isEmpty() && thinkingLevel.isEmpty() && seed.isEmpty();
    }
  }

  /**
   * A part of a method's input: a text parameter, a media parameter, or the {@code @Prompt}
   * template.
   *
   * @param parameter the parameter's name, or null for the template
   * @param media whether the parameter is media
   * @param template the template's segments, empty unless this is the template
   */
  public record InputPart(String parameter, boolean media, List<Segment> template) {}

  /**
   * A piece of a template: literal text, or a parameter's value.
   *
   * @param literal the text, or null
   * @param parameter the parameter, or null
   * @param schema the {@code <T>Schema} that writes a {@code @GeminiOutput} parameter as JSON
   */
  public record Segment(String literal, String parameter, Optional<ClassName> schema) {}

  /**
   * One method.
   *
   * @param name the method name
   * @param returnType its declared return type
   * @param parameters parameter types and names, in order
   * @param answer what it returns
   * @param model the model ({@code @Model}, else the service's), null for an agent
   * @param agent the {@code @Agent}, or null
   * @param systemInstruction the system instruction, or null
   * @param generation the {@code @Generation} settings; empty for an agent or when none is set
   * @param input the input parts, in order; a template is rendered into one text part
   * @param builtIns the built-in tools' enum constant names
   * @param settings the top-level request settings beside generation
   */
  public record Call(String name, TypeName returnType, List<Parameter> parameters, Answer answer,
      String model, String agent, String systemInstruction, GenerationSettings generation,
      List<InputPart> input, List<String> builtIns, RequestSettings settings) {}

  /**
   * Top-level request fields a service fixes.
   *
   * @param serviceTier the {@code service_tier}, or null
   * @param environment {@code remote} or an environment id, or null
   * @param webhookUris the {@code webhook_config.uris}, possibly empty
   */
  public record RequestSettings(String serviceTier, String environment, List<String> webhookUris) {
    public static final RequestSettings NONE = new RequestSettings(null, null, List.of());

    public RequestSettings {
      webhookUris = List.copyOf(webhookUris);
    }
  }

  /**
   * A method parameter.
   *
   * @param type its type
   * @param name its name
   */
  public record Parameter(TypeName type, String name) {}
}
