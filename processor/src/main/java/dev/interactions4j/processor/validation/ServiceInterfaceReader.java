package dev.interactions4j.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.model.GeneratedNames;
import dev.interactions4j.processor.model.RuntimeNames;
import dev.interactions4j.processor.model.ServiceModel;
import dev.interactions4j.processor.model.GeneratedNames;
import dev.interactions4j.processor.model.NameScope;
import dev.interactions4j.processor.model.ServiceModel.Answer;
import dev.interactions4j.processor.model.ServiceModel.Call;
import dev.interactions4j.processor.model.ServiceModel.InputPart;
import dev.interactions4j.processor.model.ServiceModel.Parameter;
import dev.interactions4j.processor.model.ServiceModel.RequestSettings;
import dev.interactions4j.processor.model.ServiceModel.GenerationSettings;
import dev.interactions4j.processor.model.ServiceModel.Segment;
import dev.interactions4j.processor.model.ServiceModel.Shape;
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
  private final Annotations annotations;
  private final ReturnKinds returnKinds;

  public ServiceInterfaceReader(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.elements = env.getElementUtils();
    this.diagnostics = diagnostics;
    this.annotations = new Annotations(elements);
    this.returnKinds = new ReturnKinds(diagnostics, annotations);
  }

  /** Reads {@code type}. */
  public Optional<ServiceModel> read(TypeElement type) {
    int errors = diagnostics.errorCount();
    if (!checkInterface(type)) {
      return Optional.empty();
    }
    AnnotationMirror service = annotations.find(type, RuntimeNames.GEMINI_SERVICE).orElseThrow();
    String model = Annotations.explicit(service, "model").map(Object::toString).orElse("");
    if (model.isBlank()) {
      diagnostics.error(type, Messages.SERVICE_BLANK_VALUE, "@GeminiService(model)", "interface " + type.getQualifiedName());
    }
    List<ToolRef> tools = tools(type, service);
    List<String> builtIns = enumNames(service, "builtInTools");
    Optional<String> instruction = value(type, RuntimeNames.SYSTEM_INSTRUCTION);
    Optional<AnnotationMirror> generation = annotations.find(type, RuntimeNames.GENERATION);
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
      String resume = GeneratedNames.resumeMethod(call.name());
      if (call.answer().shape() == Shape.BACKGROUND && names.contains(resume)) {
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
    // The factories' own parameters first: no tool's parameter may take their names.
    NameScope parameterNames = new NameScope(List.of("client", "interactionId"));
    for (AnnotationValue value : list(service, "tools")) {
      if (!(value.getValue() instanceof DeclaredType declared)) {
        continue; // an unresolved class: javac reports it
      }
      TypeElement tool = (TypeElement) declared.asElement();
      if (annotations.find(tool, RuntimeNames.GEMINI_TOOL).isEmpty()) {
        diagnostics.error(type, Messages.SERVICE_TOOL_NOT_TOOL, tool.getQualifiedName());
        continue;
      }
      ClassName toolType = ClassName.get(tool);
      tools.add(new ToolRef(toolType, parameterNames.allocate(GeneratedNames.toolParameter(toolType))));
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
    Optional<String> agent = value(method, RuntimeNames.AGENT);
    Optional<String> model = value(method, RuntimeNames.MODEL);
    agent.filter(String::isBlank).ifPresent(blank -> diagnostics.error(method, Messages.SERVICE_BLANK_VALUE, "@Agent", "method '" + name + "'"));
    model.filter(String::isBlank).ifPresent(blank -> diagnostics.error(method, Messages.SERVICE_BLANK_VALUE, "@Model", "method '" + name + "'"));
    Optional<Answer> answer = returnKinds.classify(method);
    if (answer.isEmpty()) {
      return Optional.empty();
    }
    if (agent.isPresent() && answer.get().shape() != Shape.BACKGROUND) {
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
    Optional<String> ownInstruction = value(method, RuntimeNames.SYSTEM_INSTRUCTION);
    Optional<String> instruction = agent.isPresent() ? ownInstruction : ownInstruction.or(() -> serviceInstruction);
    Optional<AnnotationMirror> ownGeneration = agent.isPresent() ? Optional.empty() : annotations.find(method, RuntimeNames.GENERATION);
    Optional<AnnotationMirror> sharedGeneration = agent.isPresent() ? Optional.empty() : serviceGeneration;
    GenerationSettings generation = ServiceSettings.generation(ownGeneration, sharedGeneration);
    RequestSettings settings = ServiceSettings.request(ownGeneration, sharedGeneration, annotations.find(method, RuntimeNames.AGENT));
    return Optional.of(new Call(name, TypeName.get(method.getReturnType()), parameters, answer.get(),
        agent.isPresent() ? null : model.orElse(serviceModel), agent.orElse(null), instruction.orElse(null),
        generation, input.get(), builtIns, settings));
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

  private Optional<List<InputPart>> input(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    Optional<String> template = value(method, RuntimeNames.PROMPT);
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
      } else if ("java.lang.String".equals(ReturnKinds.rawName(parameter.asType()))) {
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

  /** The template's segments, each placeholder resolved to its parameter. */
  private Optional<List<Segment>> segments(ExecutableElement method, String template,
      Map<String, VariableElement> parameters, Set<String> used) {
    String name = method.getSimpleName().toString();
    Optional<PromptTemplate> parsed = PromptTemplate.parse(template);
    if (parsed.isEmpty()) {
      diagnostics.error(method, Messages.SERVICE_UNCLOSED_PLACEHOLDER, name);
      return Optional.empty();
    }
    List<Segment> segments = new ArrayList<>();
    boolean ok = true;
    for (PromptTemplate.Piece piece : parsed.get().pieces()) {
      if (piece instanceof PromptTemplate.Literal literal) {
        segments.add(new Segment(literal.text(), null, Optional.empty()));
        continue;
      }
      String placeholder = ((PromptTemplate.Placeholder) piece).name();
      VariableElement parameter = parameters.get(placeholder);
      if (parameter == null) {
        diagnostics.error(method, Messages.SERVICE_PLACEHOLDER_UNKNOWN, placeholder, name);
        ok = false;
      } else if (isMedia(parameter.asType())) {
        diagnostics.error(parameter, Messages.SERVICE_MEDIA_IN_TEMPLATE, placeholder, name);
        ok = false;
      } else {
        used.add(placeholder);
        segments.add(new Segment(null, placeholder, returnKinds.schemaOf(parameter.asType())));
      }
    }
    return ok ? Optional.of(segments) : Optional.empty();
  }

  private boolean isMedia(TypeMirror type) {
    String raw = ReturnKinds.rawName(type);
    if (MEDIA_TYPES.contains(raw)) {
      return true;
    }
    if (("java.util.List".equals(raw) || "java.util.Collection".equals(raw)) && type instanceof DeclaredType declared
        && declared.getTypeArguments().size() == 1) {
      TypeMirror element = declared.getTypeArguments().get(0);
      if (element.getKind() == TypeKind.WILDCARD) {
        element = ((javax.lang.model.type.WildcardType) element).getExtendsBound();
      }
      return element != null && MEDIA_TYPES.contains(ReturnKinds.rawName(element));
    }
    return false;
  }

  /** The {@code value} the source gives the annotation {@code annotation} of {@code element}. */
  private Optional<String> value(Element element, String annotation) {
    return annotations.find(element, annotation).flatMap(m -> Annotations.explicit(m, "value")).map(Object::toString);
  }

  @SuppressWarnings("unchecked")
  private static List<? extends AnnotationValue> list(AnnotationMirror mirror, String name) {
    return Annotations.explicit(mirror, name).filter(List.class::isInstance).map(v -> (List<? extends AnnotationValue>) v).orElse(List.of());
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
}
