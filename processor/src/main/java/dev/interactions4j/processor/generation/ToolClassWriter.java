package dev.interactions4j.processor.generation;

import dev.interactions4j.processor.model.GeneratedNames;
import dev.interactions4j.processor.model.NameScope;
import dev.interactions4j.processor.model.RuntimeNames;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.interactions4j.processor.model.Definition;
import dev.interactions4j.processor.model.FunctionModel;
import dev.interactions4j.processor.model.JsonText;
import dev.interactions4j.processor.model.PropertyModel;
import dev.interactions4j.processor.model.SchemaModel;
import dev.interactions4j.processor.model.ToolModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <I>Functions} for a {@link ToolModel}: the declarations constant, {@code
 * bind(impl)} returning a {@code ToolSet} whose dispatchers parse and validate the arguments before
 * calling {@code impl}, the argument and result records, and the read and write methods they need:
 * results are only written, and {@code @GeminiOutput} types go through their {@code <T>Schema}.
 */
public final class ToolClassWriter {
  private static final String DECLARATIONS = "DECLARATIONS_JSON";
  private final boolean generatedAvailable;

  public ToolClassWriter(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  /** The declarations as compact JSON: {@code [{"type":"function","name",…,"parameters":{…}}]}. */
  public static String declarations(ToolModel model) {
    StringBuilder text = new StringBuilder("[");
    for (FunctionModel function : model.functions()) {
      text.append(text.length() > 1 ? "," : "").append(declarationStart(function))
          .append(parameters(model, function)).append('}');
    }
    return text.append(']').toString();
  }

  // {"type":"function","name":"f","description":"d","parameters":  (the schema follows, then "}")
  private static String declarationStart(FunctionModel function) {
    Map<String, Object> declaration = new LinkedHashMap<>();
    declaration.put("type", "function");
    declaration.put("name", function.functionName());
    function.description().ifPresent(d -> declaration.put("description", d));
    String head = JsonText.compact(declaration);
    return head.substring(0, head.length() - 1) + ",\"parameters\":";
  }

  private static String parameters(ToolModel model, FunctionModel function) {
    return SchemaJsonWriter.write(model.schemaOf(function.argumentsKey(), function.argumentsType()));
  }

  /** The generated file for {@code model}. */
  public JavaFile write(ToolModel model) {
    return write(model, declarations(model));
  }

  /** The generated file for {@code model}, whose declarations text {@code declarations} already is. */
  public JavaFile write(ToolModel model, String declarations) {
    ClassName self = GeneratedNames.functionsClass(model.sourceType());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addJavadoc("Function declarations and a typed dispatcher for {@link $T}. Generated from its source; do not"
            + " edit.\n", model.sourceType())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(model.origin());
    if (generatedAvailable) {
      type.addAnnotation(AnnotationSpec.builder(RuntimeNames.GENERATED).addMember("value", "$S", GeneratedNames.PROCESSOR).build());
    }
    type.addAnnotation(RuntimeNames.GEMINI_GENERATED);
    // Each function's parameter schema is written once, as a constant that both the declarations
    // and the arguments' OutputType use.
    Map<FunctionModel, String> schemas = new IdentityHashMap<>();
    Map<FunctionModel, String> constants = new IdentityHashMap<>();
    NameScope fields = new NameScope(List.of(DECLARATIONS));
    for (FunctionModel function : model.functions()) {
      schemas.put(function, fields.allocate(GeneratedNames.constant(function.methodName(), "PARAMETERS")));
      constants.put(function, fields.allocate(GeneratedNames.constant(function.methodName(), "ARGUMENTS")));
    }
    // The schemas come first: a constant's simple name cannot be read before its declaration.
    for (FunctionModel function : model.functions()) {
      type.addField(FieldSpec.builder(String.class, schemas.get(function), Modifier.PRIVATE, Modifier.STATIC,
              Modifier.FINAL)
          .initializer(Literals.json(parameters(model, function))).build());
    }
    // public static final String DECLARATIONS_JSON = "[{...,\"parameters\":" + F_PARAMETERS + "}]";
    type.addField(FieldSpec.builder(String.class, DECLARATIONS, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The function declarations of {@link $T}, as sent in {@code tools}.\n", model.sourceType())
        .initializer(declarationsCode(model, schemas)).build());
    // Arguments are parsed and their schema declared: an OutputType each. Results are only written.
    for (FunctionModel function : model.functions()) {
      type.addField(outputType(function.argumentsType(), function.argumentsKey(), constants.get(function),
          schemas.get(function), self));
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(bind(model, constants, schemas));
    SchemaModel all = model.allDefinitions();
    for (Definition definition : model.definitions()) {
      if (definition.javaType() instanceof ClassName name && self.equals(name.enclosingClassName())) {
        type.addType(record(name, (Definition.Record) definition));
      }
    }
    // @GeminiOutput types are read and written by their <T>Schema; only the rest is emitted here.
    ReadCode reads = new ReadCode(all, self, model.outputKeys());
    WriteCode writes = new WriteCode(all, self, model.outputKeys());
    // Everything is written (arguments too: OutputType wants a writer); only what arguments reach is read.
    Set<String> read = new HashSet<>();
    model.ownReadDefinitions().forEach(d -> read.add(d.key()));
    for (Definition definition : model.ownDefinitions()) {
      if (read.contains(definition.key())) {
        type.addMethod(reads.method(definition));
      }
      type.addMethod(writes.method(definition));
    }
    return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  // "[" + "{...,\"parameters\":" + F_PARAMETERS + "}," + ... + "}]", one constant expression
  private static CodeBlock declarationsCode(ToolModel model, Map<FunctionModel, String> schemas) {
    List<Object> parts = new ArrayList<>();
    String text = "[";
    for (FunctionModel function : model.functions()) {
      parts.add(text + (text.equals("[") ? "" : ",") + declarationStart(function));
      parts.add(CodeBlock.of("$N", schemas.get(function)));
      text = "}";
    }
    parts.add(text + "]");
    return Literals.concat(parts);
  }

  // private static final OutputType<WeatherArguments> WEATHER_ARGUMENTS = OutputType.of(...);
  private static FieldSpec outputType(ClassName javaType, String key, String name, String schema, ClassName self) {
    return FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.OUTPUT_TYPE, javaType), name,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.outputType($L,$W$N,$W$T::$N,$W$T::$N)", RuntimeNames.TRUSTED_SCHEMAS,
            Literals.of(javaType.canonicalName()),
            schema, self, GeneratedNames.readMethod(key), self, GeneratedNames.writeMethod(key))
        .build();
  }

  // public static ToolSet bind(TravelTools impl) { return ToolSet.of(ToolFunction.of(...), ...); }
  private static MethodSpec bind(ToolModel model, Map<FunctionModel, String> constants,
      Map<FunctionModel, String> schemas) {
    CodeBlock.Builder functions = CodeBlock.builder();
    List<FunctionModel> list = model.functions();
    for (int i = 0; i < list.size(); i++) {
      FunctionModel function = list.get(i);
      functions.add(i == 0 ? "\n" : ",\n").add(function(function, constants.get(function), schemas.get(function)));
    }
    return MethodSpec.methodBuilder("bind")
        .addJavadoc("The functions of {@code impl} as a tool set: each call's arguments are parsed and validated\n"
            + "before {@code impl} runs; invalid ones become error results.\n\n"
            + "@param impl the implementation to call\n@return its functions\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(RuntimeNames.TOOL_SET)
        .addParameter(model.sourceType(), "impl")
        .addStatement("$T.requireNonNull(impl, $S)", Objects.class, "impl")
        .addStatement("return $T.of($>$L$<)", RuntimeNames.TOOL_SET, functions.build())
        .build();
  }

  private static CodeBlock function(FunctionModel function, String constant, String schema) {
    CodeBlock arguments = CodeBlock.of("$L", String.join(", ",
        function.parameterNames().stream().map(p -> "args." + p + "()").toList()));
    // Plain lines, not statements: the lambda sits inside bind's return statement.
    CodeBlock.Builder body = CodeBlock.builder()
        .add("$T args = $N.parse(json);\n", function.argumentsType(), constant);
    if (function.resultType() == null) {
      body.add("impl.$N($L);\nreturn null;\n", function.methodName(), arguments);
    } else {
      body.add("return $T.toJson(new $T(impl.$N($L)),$W$T::$N);\n", RuntimeNames.JSON_OUTPUT, function.resultType(),
          function.methodName(), arguments, function.argumentsType().enclosingClassName(),
          GeneratedNames.writeMethod(function.resultKey().orElseThrow()));
    }
    return CodeBlock.builder()
        .add("$T.function($L,$W$L,$W$N,$Wjson -> {\n$>$L$<})", RuntimeNames.TRUSTED_SCHEMAS,
            Literals.of(function.functionName()), Literals.of(function.description().orElse(null)), schema, body.build())
        .build();
  }

  // private record WeatherArguments(String city, Unit unit) {}
  private static TypeSpec record(ClassName name, Definition.Record definition) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (PropertyModel property : definition.properties()) {
      constructor.addParameter(property.javaType(), property.accessor());
    }
    return TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PRIVATE)
        .recordConstructor(constructor.build())
        .build();
  }
}
