package dev.interactions4j.processor.validation;

import dev.interactions4j.processor.model.RuntimeNames;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.model.Definition;
import dev.interactions4j.processor.model.FunctionModel;
import dev.interactions4j.processor.model.GeneratedNames;
import dev.interactions4j.processor.model.NameScope;
import dev.interactions4j.processor.model.JsonType;
import dev.interactions4j.processor.model.Presence;
import dev.interactions4j.processor.model.PropertyModel;
import dev.interactions4j.processor.model.ToolModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads a {@code @GeminiTool} interface into a {@link ToolModel}: one function per abstract
 * method, its own ones in declaration order and then those it inherits from its super-interfaces
 * (depth first, in {@code extends} order; a generic super-interface's methods with the type
 * arguments the interface gives it), its parameters read like record components into a generated arguments record, its
 * return value wrapped in a generated result record. Reports every problem; empty on any error.
 */
public final class ToolInterfaceReader {
  static final String NAME = RuntimeNames.TOOL_NAME;
  private static final Pattern FUNCTION_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_-]{0,63}");

  private final ProcessingEnvironment env;
  private final Elements elements;
  private final Diagnostics diagnostics;
  private final Annotations annotations;
  private final Predicate<TypeElement> inThisCompilation;

  public ToolInterfaceReader(
      ProcessingEnvironment env, Diagnostics diagnostics, Predicate<TypeElement> inThisCompilation) {
    this.env = env;
    this.elements = env.getElementUtils();
    this.diagnostics = diagnostics;
    this.annotations = new Annotations(elements);
    this.inThisCompilation = inThisCompilation;
  }

  /**
   * Reads {@code type}.
   *
   * @throws MissingTypeException if a type it reaches does not exist yet; retry in a later round
   */
  public Optional<ToolModel> read(TypeElement type) {
    int errors = diagnostics.errorCount();
    if (!checkInterface(type)) {
      return Optional.empty();
    }
    ClassName source = ClassName.get(type);
    ClassName functions = GeneratedNames.functionsClass(source);
    // The argument and result records are nested in <I>Functions: weather() and Weather() must not share one.
    NameScope nested = new NameScope(List.of());
    DefinitionReader definitions = new DefinitionReader(env, diagnostics, inThisCompilation, type);
    Map<String, String> names = new LinkedHashMap<>();
    List<FunctionModel> read = new ArrayList<>();
    DeclaredType self = (DeclaredType) type.asType();
    for (ExecutableElement method : abstractMethods(type)) {
      // A generic super-interface's method, with the type arguments this interface gives it; other
      // methods keep their declared types (and so their type-use annotations) as written.
      boolean generic = !((TypeElement) method.getEnclosingElement()).getTypeParameters().isEmpty();
      ExecutableType resolved = (ExecutableType) (generic ? env.getTypeUtils().asMemberOf(self, method) : method.asType());
      function(type, method, resolved, functions, nested, definitions, names).ifPresent(read::add);
    }
    if (names.isEmpty()) {
      diagnostics.error(type, Messages.TOOL_NO_METHODS, type.getQualifiedName());
    }
    if (diagnostics.errorCount() > errors) {
      return Optional.empty();
    }
    ReadSession session = definitions.session();
    return Optional.of(new ToolModel(type, source, elements.getBinaryName(type).toString(), read,
        session.definitions(), session.recursiveKeys(), session.generatedSchemaKeys()));
  }

  private boolean checkInterface(TypeElement type) {
    return InterfaceRules.check(type, diagnostics, Messages.TOOL_NOT_INTERFACE, Map.of(
        ElementKind.CLASS, "a class; declare the tools on an interface and implement it",
        ElementKind.ENUM, "an enum; declare the tools on an interface",
        ElementKind.RECORD, "a record; declare the tools on an interface",
        ElementKind.ANNOTATION_TYPE, "an annotation interface; declare the tools on a plain interface"), Messages.TOOL_GENERIC_INTERFACE);
  }


  /**
   * The abstract methods {@code type} has, declared or inherited, each once: those a default method
   * or a more specific declaration overrides are left out ({@link Elements#getAllMembers} keeps
   * only the most specific member).
   */
  private List<ExecutableElement> abstractMethods(TypeElement type) {
    Set<ExecutableElement> members = new HashSet<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)) {
        members.add(method);
      }
    }
    Set<ExecutableElement> ordered = new LinkedHashSet<>();
    collect(type, members, ordered, new HashSet<>());
    return List.copyOf(ordered);
  }

  private void collect(TypeElement declaring, Set<ExecutableElement> members, Set<ExecutableElement> ordered,
      Set<TypeElement> seen) {
    if (!seen.add(declaring)) {
      return;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
      if (members.contains(method)) {
        ordered.add(method);
      }
    }
    for (TypeMirror parent : declaring.getInterfaces()) {
      if (parent.getKind() == TypeKind.ERROR) {
        throw new MissingTypeException(parent.toString());
      }
      collect((TypeElement) ((DeclaredType) parent).asElement(), members, ordered, seen);
    }
  }

  private Optional<FunctionModel> function(TypeElement tool, ExecutableElement method, ExecutableType resolved,
      ClassName functions, NameScope nested, DefinitionReader definitions, Map<String, String> names) {
    // An inherited method from another compilation unit has no source position: report on the tool.
    Element at = method.getEnclosingElement().equals(tool) || inThisCompilation.test(outermost(method))
        ? method : tool;
    String methodName = method.getSimpleName().toString();
    String functionName = annotations.stringValue(method, NAME).orElse(methodName);
    if (!FUNCTION_NAME.matcher(functionName).matches()) {
      diagnostics.error(at, Messages.FUNCTION_NAME_INVALID, functionName, methodName);
    }
    String other = names.putIfAbsent(functionName, methodName);
    if (other != null) {
      diagnostics.error(at, Messages.DUPLICATE_FUNCTION_NAME, functionName, other);
    }
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.error(at, Messages.TOOL_GENERIC_METHOD, methodName);
      return Optional.empty();
    }
    ClassName argumentsType = functions.nestedClass(nested.allocate(GeneratedNames.argumentsRecord(methodName)));
    Map<String, String> paramTags = JavadocText.paramTags(elements.getDocComment(method));
    Optional<String> argumentsKey = definitions.defineSynthetic(argumentsType.canonicalName(), argumentsType.simpleName(),
        argumentsType, Optional.empty(), () -> parameters(method, resolved, at, definitions, paramTags));
    TypeMirror returns = resolved.getReturnType();
    ClassName resultType = returns.getKind() == TypeKind.VOID ? null
        : functions.nestedClass(nested.allocate(GeneratedNames.resultRecord(methodName)));
    Optional<String> resultKey = Optional.empty();
    boolean resultOk = true;
    if (returns.getKind() != TypeKind.VOID) {
      Site site = new Site(at, "Return type of @GeminiTool method '" + methodName + "'");
      resultKey = definitions.defineSynthetic(resultType.canonicalName(), resultType.simpleName(), resultType,
          Optional.empty(), () -> definitions.map(returns, site).map(json -> List.of(result(returns, json))));
      resultOk = resultKey.isPresent();
    }
    if (argumentsKey.isEmpty() || !resultOk) {
      return Optional.empty();
    }
    List<String> parameterNames = method.getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
    return Optional.of(new FunctionModel(methodName, functionName, definitions.description(method),
        argumentsKey.get(), argumentsType, parameterNames, resultKey,
        resultType, TypeName.get(returns).withoutAnnotations()));
  }

  private static Optional<List<PropertyModel>> parameters(ExecutableElement method, ExecutableType resolved,
      Element at, DefinitionReader definitions, Map<String, String> paramTags) {
    List<PropertyModel> properties = new ArrayList<>();
    boolean ok = true;
    List<? extends VariableElement> declared = method.getParameters();
    for (int i = 0; i < declared.size(); i++) {
      VariableElement parameter = declared.get(i);
      String name = parameter.getSimpleName().toString();
      Site site = new Site(at == method ? parameter : at,
          "Parameter '" + name + "' of @GeminiTool method '" + method.getSimpleName() + "'");
      Optional<PropertyModel> property = definitions.parameter(parameter, resolved.getParameterTypes().get(i), site,
          Optional.ofNullable(paramTags.get(name)));
      property.ifPresent(properties::add);
      ok &= property.isPresent();
    }
    return ok ? Optional.of(properties) : Optional.empty();
  }

  private static TypeElement outermost(Element element) {
    Element outer = element;
    while (!(outer instanceof TypeElement type && !(type.getEnclosingElement() instanceof TypeElement))) {
      outer = outer.getEnclosingElement();
    }
    return (TypeElement) outer;
  }

  // A returned null is written as null rather than failing, so reference results are nullable.
  private static PropertyModel result(TypeMirror returns, JsonType json) {
    Presence presence = returns.getKind().isPrimitive() ? Presence.REQUIRED : Presence.NULLABLE;
    return new PropertyModel("result", "result", TypeName.get(returns).withoutAnnotations(), json, presence, Optional.empty());
  }
}
