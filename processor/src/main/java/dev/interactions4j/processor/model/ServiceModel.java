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

  /** {@code Gemini<Name>} next to the interface; nested types joined with '_'. */
  public ClassName implementationClass() {
    return ClassName.get(sourceType.packageName(), "Gemini" + String.join("_", sourceType.simpleNames()));
  }

  /**
   * A tool interface of the service.
   *
   * @param type the {@code @GeminiTool} interface
   * @param parameterName the factory parameter that takes its implementation
   */
  public record ToolRef(ClassName type, String parameterName) {}

  /** What a method returns, which decides what is asked for and how the answer is read. */
  public enum Returns {
    TEXT, TEXT_REPLY, STRUCTURED, STRUCTURED_REPLY, TEXT_STREAM, IMAGE, IMAGE_REPLY, AUDIO, AUDIO_REPLY,
    BACKGROUND, INTERACTION, REPORT
  }

  /** The result of a background call. */
  public enum BackgroundResult { TEXT, REPORT, INTERACTION, STRUCTURED }

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
   * @param returns the kind of answer
   * @param outputType the {@code @GeminiOutput} type of a structured answer or background result
   * @param background the result of a background call, or null
   * @param model the model ({@code @Model}, else the service's), null for an agent
   * @param agent the {@code @Agent}, or null
   * @param systemInstruction the system instruction, or null
   * @param generation the {@code @Generation} values (temperature, max tokens, thinking level,
   *     seed) as Java literals, or null
   * @param input the input parts, in order; a template is rendered into one text part
   * @param builtIns the built-in tools' enum constant names
   * @param settings the top-level request settings beside generation
   */
  public record Call(String name, TypeName returnType, List<Parameter> parameters, Returns returns,
      Optional<ClassName> outputType, BackgroundResult background, String model, String agent,
      String systemInstruction, List<String> generation, List<InputPart> input, List<String> builtIns,
      RequestSettings settings) {}

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
