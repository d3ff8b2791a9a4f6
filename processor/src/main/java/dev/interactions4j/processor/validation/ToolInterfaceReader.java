package dev.interactions4j.processor.validation;

import dev.interactions4j.processor.model.RuntimeNames;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.model.Definition;
import dev.interactions4j.processor.model.FunctionModel;
import dev.interactions4j.processor.model.JsonType;
import dev.interactions4j.processor.model.Presence;
import dev.interactions4j.processor.model.PropertyModel;
import dev.interactions4j.processor.model.ToolModel;
import java.util.ArrayList;
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
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads a {@code @GeminiTool} interface into a {@link ToolModel}: one function per abstract
 * method, its parameters read like record components into a generated arguments record, its
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
    ClassName functions = ToolModel.functionsClass(source);
    DefinitionReader definitions = new DefinitionReader(env, diagnostics, inThisCompilation, type);
    Map<String, String> names = new LinkedHashMap<>();
    List<FunctionModel> read = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && member.getModifiers().contains(Modifier.ABSTRACT)) {
        function((ExecutableElement) member, functions, definitions, names).ifPresent(read::add);
      }
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


  private Optional<FunctionModel> function(ExecutableElement method, ClassName functions,
      DefinitionReader definitions, Map<String, String> names) {
    String methodName = method.getSimpleName().toString();
    String functionName = annotations.stringValue(method, NAME).orElse(methodName);
    if (!FUNCTION_NAME.matcher(functionName).matches()) {
      diagnostics.error(method, Messages.FUNCTION_NAME_INVALID, functionName, methodName);
    }
    String other = names.putIfAbsent(functionName, methodName);
    if (other != null) {
      diagnostics.error(method, Messages.DUPLICATE_FUNCTION_NAME, functionName, other);
    }
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.error(method, Messages.TOOL_GENERIC_METHOD, methodName);
      return Optional.empty();
    }
    String base = Character.toUpperCase(methodName.charAt(0)) + methodName.substring(1);
    ClassName argumentsType = functions.nestedClass(base + "Arguments");
    Map<String, String> paramTags = JavadocText.paramTags(elements.getDocComment(method));
    Optional<String> argumentsKey = definitions.defineSynthetic(argumentsType.canonicalName(), base + "Arguments",
        argumentsType, Optional.empty(), () -> parameters(method, definitions, paramTags));
    TypeMirror returns = method.getReturnType();
    ClassName resultType = functions.nestedClass(base + "Result");
    Optional<String> resultKey = Optional.empty();
    boolean resultOk = true;
    if (returns.getKind() != TypeKind.VOID) {
      Site site = new Site(method, "Return type of @GeminiTool method '" + methodName + "'");
      resultKey = definitions.defineSynthetic(resultType.canonicalName(), base + "Result", resultType,
          Optional.empty(), () -> definitions.map(returns, site).map(json -> List.of(result(returns, json))));
      resultOk = resultKey.isPresent();
    }
    if (argumentsKey.isEmpty() || !resultOk) {
      return Optional.empty();
    }
    List<String> parameterNames = method.getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
    return Optional.of(new FunctionModel(methodName, functionName, definitions.description(method),
        argumentsKey.get(), argumentsType, parameterNames, resultKey,
        returns.getKind() == TypeKind.VOID ? null : resultType, TypeName.get(returns).withoutAnnotations()));
  }

  private static Optional<List<PropertyModel>> parameters(ExecutableElement method, DefinitionReader definitions,
      Map<String, String> paramTags) {
    List<PropertyModel> properties = new ArrayList<>();
    boolean ok = true;
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      Site site = new Site(parameter, "Parameter '" + name + "' of @GeminiTool method '" + method.getSimpleName() + "'");
      Optional<PropertyModel> property = definitions.parameter(parameter, site, Optional.ofNullable(paramTags.get(name)));
      property.ifPresent(properties::add);
      ok &= property.isPresent();
    }
    return ok ? Optional.of(properties) : Optional.empty();
  }

  // A returned null is written as null rather than failing, so reference results are nullable.
  private static PropertyModel result(TypeMirror returns, JsonType json) {
    Presence presence = returns.getKind().isPrimitive() ? Presence.REQUIRED : Presence.NULLABLE;
    return new PropertyModel("result", "result", TypeName.get(returns).withoutAnnotations(), json, presence, Optional.empty());
  }
}
