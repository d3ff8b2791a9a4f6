package dev.interactions4j.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.generation.GeneratedNames;
import dev.interactions4j.processor.model.RuntimeNames;
import dev.interactions4j.processor.model.ServiceModel;
import dev.interactions4j.processor.model.ServiceModel.BackgroundResult;
import dev.interactions4j.processor.model.ServiceModel.Call;
import dev.interactions4j.processor.model.ServiceModel.InputPart;
import dev.interactions4j.processor.model.ServiceModel.Parameter;
import dev.interactions4j.processor.model.ServiceModel.Returns;
import dev.interactions4j.processor.model.ServiceModel.Segment;
import dev.interactions4j.processor.model.ServiceModel.ToolRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads a {@code @GeminiService} interface into a {@link ServiceModel}: per abstract method, its
 * input (text and media parameters, or a {@code @Prompt} template) and what its return type asks
 * for. Reports every problem on its element; empty on any error.
 */
public final class ServiceInterfaceReader {
  private static final String MEDIA = RuntimeNames.MEDIA_PACKAGE + ".";
  private static final Set<String> MEDIA_TYPES =
      Set.of(MEDIA + "Image", MEDIA + "Audio", MEDIA + "Video", MEDIA + "Document", MEDIA + "Media");

  private final Elements elements;
  private final Diagnostics diagnostics;

  public ServiceInterfaceReader(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.elements = env.getElementUtils();
    this.diagnostics = diagnostics;
  }

  /** Reads {@code type}. */
  public Optional<ServiceModel> read(TypeElement type) {
    int errors = diagnostics.errorCount();
    if (!checkInterface(type)) {
      return Optional.empty();
    }
    AnnotationMirror service = mirror(type, RuntimeNames.GEMINI_SERVICE).orElseThrow();
    String model = string(service, "model").orElse("");
    if (model.isBlank()) {
      diagnostics.error(type, Messages.SERVICE_BLANK_VALUE, "@GeminiService(model)", "interface " + type.getQualifiedName());
    }
    List<ToolRef> tools = tools(type, service);
    List<String> builtIns = enumNames(service, "builtInTools");
    Optional<String> instruction = mirror(type, RuntimeNames.SYSTEM_INSTRUCTION).flatMap(m -> string(m, "value"));
    Optional<AnnotationMirror> generation = mirror(type, RuntimeNames.GENERATION);
    List<Call> calls = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)
          && method.getEnclosingElement().getKind() == ElementKind.INTERFACE) {
        names.add(method.getSimpleName().toString());
        call(method, model, instruction, generation, builtIns).ifPresent(calls::add);
      }
    }
    if (names.isEmpty()) {
      diagnostics.error(type, Messages.SERVICE_NO_METHODS, type.getQualifiedName());
    }
    for (Call call : calls) {
      String resume = "resume" + Character.toUpperCase(call.name().charAt(0)) + call.name().substring(1);
      if (call.returns() == Returns.BACKGROUND && names.contains(resume)) {
        diagnostics.error(type, Messages.SERVICE_NAME_CLASH, resume, resume);
      }
    }
    if (diagnostics.errorCount() > errors) {
      return Optional.empty();
    }
    return Optional.of(new ServiceModel(type, ClassName.get(type), tools, calls));
  }

  private boolean checkInterface(TypeElement type) {
    return InterfaceRules.check(type, diagnostics, Messages.SERVICE_NOT_INTERFACE, Map.of(
        ElementKind.CLASS, "a class; declare the service as an interface: its implementation is generated",
        ElementKind.ENUM, "an enum; declare the service as an interface",
        ElementKind.RECORD, "a record; declare the service as an interface",
        ElementKind.ANNOTATION_TYPE, "an annotation interface; declare the service as a plain interface"), Messages.SERVICE_GENERIC_INTERFACE);
  }


  private List<ToolRef> tools(TypeElement type, AnnotationMirror service) {
    List<ToolRef> tools = new ArrayList<>();
    Set<String> parameterNames = new HashSet<>();
    for (AnnotationValue value : list(service, "tools")) {
      if (!(value.getValue() instanceof DeclaredType declared)) {
        continue; // an unresolved class: javac reports it
      }
      TypeElement tool = (TypeElement) declared.asElement();
      if (mirror(tool, RuntimeNames.GEMINI_TOOL).isEmpty()) {
        diagnostics.error(type, Messages.SERVICE_TOOL_NOT_TOOL, tool.getQualifiedName());
        continue;
      }
      String simple = tool.getSimpleName().toString();
      String name = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
      while (!parameterNames.add(name) || name.equals("client")) {
        name = name + "Impl";
      }
      tools.add(new ToolRef(ClassName.get(tool), name));
    }
    return tools;
  }

  private Optional<Call> call(ExecutableElement method, String serviceModel, Optional<String> serviceInstruction,
      Optional<AnnotationMirror> serviceGeneration, List<String> builtIns) {
    String name = method.getSimpleName().toString();
    deferIfMissing(method.getReturnType());
    method.getParameters().forEach(p -> deferIfMissing(p.asType()));
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.error(method, Messages.SERVICE_GENERIC_METHOD, name);
      return Optional.empty();
    }
    Optional<String> agent = mirror(method, RuntimeNames.AGENT).flatMap(m -> string(m, "value"));
    Optional<String> model = mirror(method, RuntimeNames.MODEL).flatMap(m -> string(m, "value"));
    agent.filter(String::isBlank).ifPresent(blank -> diagnostics.error(method, Messages.SERVICE_BLANK_VALUE, "@Agent", "method '" + name + "'"));
    model.filter(String::isBlank).ifPresent(blank -> diagnostics.error(method, Messages.SERVICE_BLANK_VALUE, "@Model", "method '" + name + "'"));
    ReturnShape shape = returnShape(method);
    if (shape == null) {
      return Optional.empty();
    }
    if (agent.isPresent() && shape.returns != Returns.BACKGROUND) {
      diagnostics.error(method, Messages.SERVICE_AGENT_NOT_BACKGROUND, name);
      return Optional.empty();
    }
    Optional<List<InputPart>> input = input(method);
    if (input.isEmpty()) {
      return Optional.empty();
    }
    List<Parameter> parameters = method.getParameters().stream()
        .map(p -> new Parameter(TypeName.get(p.asType()), p.getSimpleName().toString())).toList();
    // An agent gets only what its method says: agents take no generation settings, and the
    // service's instruction is written for its model.
    Optional<String> ownInstruction = mirror(method, RuntimeNames.SYSTEM_INSTRUCTION).flatMap(m -> string(m, "value"));
    Optional<String> instruction = agent.isPresent() ? ownInstruction : ownInstruction.or(() -> serviceInstruction);
    return Optional.of(new Call(name, TypeName.get(method.getReturnType()), parameters, shape.returns, shape.outputType,
        shape.background, agent.isPresent() ? null : model.orElse(serviceModel), agent.orElse(null),
        instruction.orElse(null), agent.isPresent() ? null : generation(mirror(method, RuntimeNames.GENERATION), serviceGeneration),
        input.get(),
        builtIns, agent.isPresent() ? settings(Optional.empty(), Optional.empty(), mirror(method, RuntimeNames.AGENT))
            : settings(mirror(method, RuntimeNames.GENERATION), serviceGeneration, Optional.empty())));
  }

  /** {@code @Generation(serviceTier)} (the method's over the interface's) and {@code @Agent}'s environment and webhooks. */
  private static ServiceModel.RequestSettings settings(Optional<AnnotationMirror> method, Optional<AnnotationMirror> service,
      Optional<AnnotationMirror> agent) {
    String tier = setting(method, service, "serviceTier", "", v -> !((String) v).isEmpty());
    String environment = agent.flatMap(m -> explicit(m, "environment")).map(Object::toString).filter(v -> !v.isEmpty()).orElse(null);
    List<String> uris = agent.flatMap(m -> explicit(m, "webhookUris"))
        .map(v -> ((List<?>) v).stream().map(u -> ((javax.lang.model.element.AnnotationValue) u).getValue().toString()).toList())
        .orElse(List.of());
    return new ServiceModel.RequestSettings(tier.isEmpty() ? null : tier, environment, uris);
  }

  /** A type not generated yet (a schema class, say) is retried in the next round. */
  private static void deferIfMissing(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      throw new MissingTypeException(type.toString());
    }
    if (type instanceof DeclaredType declared) {
      declared.getTypeArguments().forEach(ServiceInterfaceReader::deferIfMissing);
    }
  }

  private record ReturnShape(Returns returns, Optional<ClassName> outputType, BackgroundResult background) {}

  private ReturnShape returnShape(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    TypeMirror returns = method.getReturnType();
    String raw = rawName(returns);
    List<? extends TypeMirror> arguments = returns instanceof DeclaredType declared ? declared.getTypeArguments() : List.of();
    TypeMirror argument = arguments.size() == 1 ? arguments.get(0) : null;
    String argumentName = argument == null ? null : rawName(argument);
    switch (raw == null ? "" : raw) {
      case "java.lang.String":
        return new ReturnShape(Returns.TEXT, Optional.empty(), null);
      case RuntimeNames.INTERACTION:
        return new ReturnShape(Returns.INTERACTION, Optional.empty(), null);
      case RuntimeNames.REPORT_NAME:
        return new ReturnShape(Returns.REPORT, Optional.empty(), null);
      case RuntimeNames.GENERATED_IMAGE:
        return new ReturnShape(Returns.IMAGE, Optional.empty(), null);
      case RuntimeNames.GENERATED_AUDIO:
        return new ReturnShape(Returns.AUDIO, Optional.empty(), null);
      case "java.util.stream.Stream":
        if ("java.lang.String".equals(argumentName)) {
          return new ReturnShape(Returns.TEXT_STREAM, Optional.empty(), null);
        }
        break;
      case RuntimeNames.REPLY:
        if (argument == null) {
          break;
        }
        if ("java.lang.String".equals(argumentName)) {
          return new ReturnShape(Returns.TEXT_REPLY, Optional.empty(), null);
        }
        if (RuntimeNames.GENERATED_IMAGE.equals(argumentName)) {
          return new ReturnShape(Returns.IMAGE_REPLY, Optional.empty(), null);
        }
        if (RuntimeNames.GENERATED_AUDIO.equals(argumentName)) {
          return new ReturnShape(Returns.AUDIO_REPLY, Optional.empty(), null);
        }
        return outputType(method, argument).map(schema -> new ReturnShape(Returns.STRUCTURED_REPLY, Optional.of(schema), null))
            .orElse(null);
      case RuntimeNames.BACKGROUND_TASK:
        if (argument == null) {
          break;
        }
        if ("java.lang.String".equals(argumentName)) {
          return new ReturnShape(Returns.BACKGROUND, Optional.empty(), BackgroundResult.TEXT);
        }
        if (RuntimeNames.REPORT_NAME.equals(argumentName)) {
          return new ReturnShape(Returns.BACKGROUND, Optional.empty(), BackgroundResult.REPORT);
        }
        if (RuntimeNames.INTERACTION.equals(argumentName)) {
          return new ReturnShape(Returns.BACKGROUND, Optional.empty(), BackgroundResult.INTERACTION);
        }
        return outputType(method, argument)
            .map(schema -> new ReturnShape(Returns.BACKGROUND, Optional.of(schema), BackgroundResult.STRUCTURED)).orElse(null);
      default:
        if (returns.getKind() == TypeKind.DECLARED && arguments.isEmpty() && !raw.startsWith("java.")) {
          return outputType(method, returns).map(schema -> new ReturnShape(Returns.STRUCTURED, Optional.of(schema), null))
              .orElse(null);
        }
    }
    diagnostics.error(method, Messages.SERVICE_RETURN_UNSUPPORTED, name, returns);
    return null;
  }

  /** The {@code <T>Schema} of a {@code @GeminiOutput} type; an error on {@code method} otherwise. */
  private Optional<ClassName> outputType(ExecutableElement method, TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      if (mirror(element, RuntimeNames.GEMINI_OUTPUT).isPresent()) {
        return Optional.of(GeneratedNames.schemaClass(ClassName.get(element)));
      }
      if (element.getQualifiedName().toString().startsWith("java.") || !((DeclaredType) type).getTypeArguments().isEmpty()) {
        diagnostics.error(method, Messages.SERVICE_RETURN_UNSUPPORTED, method.getSimpleName(), method.getReturnType());
      } else {
        diagnostics.error(method, Messages.SERVICE_RETURN_NOT_OUTPUT, method.getSimpleName(), type, element.getSimpleName());
      }
      return Optional.empty();
    }
    diagnostics.error(method, Messages.SERVICE_RETURN_UNSUPPORTED, method.getSimpleName(), method.getReturnType());
    return Optional.empty();
  }

  private Optional<List<InputPart>> input(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    Optional<String> template = mirror(method, RuntimeNames.PROMPT).flatMap(m -> string(m, "value"));
    Map<String, VariableElement> parameters = new LinkedHashMap<>();
    method.getParameters().forEach(p -> parameters.put(p.getSimpleName().toString(), p));
    List<InputPart> parts = new ArrayList<>();
    boolean ok = true;
    Set<String> used = new HashSet<>();
    if (template.isPresent()) {
      Optional<List<Segment>> segments = segments(method, template.get(), parameters, used);
      if (segments.isEmpty()) {
        return Optional.empty();
      }
      parts.add(new InputPart(null, false, segments.get()));
    }
    for (VariableElement parameter : method.getParameters()) {
      String parameterName = parameter.getSimpleName().toString();
      if (isMedia(parameter.asType())) {
        parts.add(new InputPart(parameterName, true, List.of()));
      } else if (template.isPresent()) {
        if (!used.contains(parameterName)) {
          diagnostics.error(parameter, Messages.SERVICE_PARAMETER_UNUSED, parameterName, name, parameterName);
          ok = false;
        }
      } else if ("java.lang.String".equals(rawName(parameter.asType()))) {
        parts.add(new InputPart(parameterName, false, List.of()));
      } else {
        diagnostics.error(parameter, Messages.SERVICE_PARAMETER_NOT_INPUT, parameterName, name, parameter.asType(), parameterName);
        ok = false;
      }
    }
    if (ok && parts.isEmpty()) {
      diagnostics.error(method, Messages.SERVICE_NO_INPUT, name);
      ok = false;
    }
    return ok ? Optional.of(parts) : Optional.empty();
  }

  /** The template's pieces; {@code {{} and {@code }}} are literal braces. */
  private Optional<List<Segment>> segments(ExecutableElement method, String template,
      Map<String, VariableElement> parameters, Set<String> used) {
    String name = method.getSimpleName().toString();
    List<Segment> segments = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    boolean ok = true;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
        literal.append(c);
        i++;
      } else if (c == '{') {
        int close = template.indexOf('}', i);
        if (close < 0) {
          diagnostics.error(method, Messages.SERVICE_UNCLOSED_PLACEHOLDER, name);
          return Optional.empty();
        }
        String placeholder = template.substring(i + 1, close).strip();
        VariableElement parameter = parameters.get(placeholder);
        if (parameter == null) {
          diagnostics.error(method, Messages.SERVICE_PLACEHOLDER_UNKNOWN, placeholder, name);
          ok = false;
        } else if (isMedia(parameter.asType())) {
          diagnostics.error(parameter, Messages.SERVICE_MEDIA_IN_TEMPLATE, placeholder, name);
          ok = false;
        } else {
          if (literal.length() > 0) {
            segments.add(new Segment(literal.toString(), null, Optional.empty()));
            literal.setLength(0);
          }
          used.add(placeholder);
          segments.add(new Segment(null, placeholder, schemaOf(parameter.asType())));
        }
        i = close;
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      segments.add(new Segment(literal.toString(), null, Optional.empty()));
    }
    return ok ? Optional.of(segments) : Optional.empty();
  }

  private Optional<ClassName> schemaOf(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      if (mirror(element, RuntimeNames.GEMINI_OUTPUT).isPresent()) {
        return Optional.of(GeneratedNames.schemaClass(ClassName.get(element)));
      }
    }
    return Optional.empty();
  }

  private boolean isMedia(TypeMirror type) {
    String raw = rawName(type);
    if (MEDIA_TYPES.contains(raw)) {
      return true;
    }
    if (("java.util.List".equals(raw) || "java.util.Collection".equals(raw)) && type instanceof DeclaredType declared
        && declared.getTypeArguments().size() == 1) {
      TypeMirror element = declared.getTypeArguments().get(0);
      if (element.getKind() == TypeKind.WILDCARD) {
        element = ((javax.lang.model.type.WildcardType) element).getExtendsBound();
      }
      return element != null && MEDIA_TYPES.contains(rawName(element));
    }
    return false;
  }

  /** The generation values as Java literals, the method's overriding the interface's one by one. */
  private static List<String> generation(Optional<AnnotationMirror> method, Optional<AnnotationMirror> service) {
    if (method.isEmpty() && service.isEmpty()) {
      return null;
    }
    double temperature = setting(method, service, "temperature", -1.0, v -> ((Number) v).doubleValue() >= 0);
    int maxTokens = setting(method, service, "maxOutputTokens", 0, v -> ((Number) v).intValue() > 0);
    String thinking = setting(method, service, "thinkingLevel", "", v -> !((String) v).isEmpty());
    long seed = setting(method, service, "seed", -1L, v -> ((Number) v).longValue() >= 0);
    return List.of(temperature + "", maxTokens + "", thinking, seed + "L");
  }

  @SuppressWarnings("unchecked")
  private static <T> T setting(Optional<AnnotationMirror> method, Optional<AnnotationMirror> service, String name,
      T unset, java.util.function.Predicate<Object> isSet) {
    for (Optional<AnnotationMirror> source : List.of(method, service)) {
      Optional<Object> value = source.flatMap(m -> explicit(m, name)).filter(isSet);
      if (value.isPresent()) {
        Object v = value.get();
        return (T) (unset instanceof Double ? (Object) ((Number) v).doubleValue()
            : unset instanceof Integer ? (Object) ((Number) v).intValue()
            : unset instanceof Long ? (Object) ((Number) v).longValue() : v);
      }
    }
    return unset;
  }

  private static Optional<Object> explicit(AnnotationMirror mirror, String name) {
    return mirror.getElementValues().entrySet().stream()
        .filter(e -> e.getKey().getSimpleName().contentEquals(name))
        .map(e -> e.getValue().getValue()).findFirst();
  }

  private static Optional<AnnotationMirror> mirror(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> string(AnnotationMirror mirror, String name) {
    return explicit(mirror, name).map(Object::toString);
  }

  @SuppressWarnings("unchecked")
  private static List<? extends AnnotationValue> list(AnnotationMirror mirror, String name) {
    return explicit(mirror, name).filter(List.class::isInstance).map(v -> (List<? extends AnnotationValue>) v).orElse(List.of());
  }

  private static List<String> enumNames(AnnotationMirror mirror, String name) {
    List<String> names = new ArrayList<>();
    for (AnnotationValue value : list(mirror, name)) {
      if (value.getValue() instanceof VariableElement constant) {
        names.add(constant.getSimpleName().toString().toUpperCase(Locale.ROOT));
      }
    }
    return names;
  }

  private static String rawName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
    return type.getKind() == TypeKind.ERROR ? null : type.toString();
  }
}
