package dev.interactions4j.processor.generation;

import dev.interactions4j.processor.model.RuntimeNames;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.interactions4j.processor.model.Definition;
import dev.interactions4j.processor.model.JsonType;
import dev.interactions4j.processor.model.Presence;
import dev.interactions4j.processor.model.PropertyModel;
import dev.interactions4j.processor.model.SchemaModel;
import dev.interactions4j.processor.model.GeneratedNames;
import dev.interactions4j.processor.model.NameScope;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Generates the private {@code read<Key>(JsonInput)} method of each definition: validating,
 * reflection-free parsers on Jackson's streaming API through the runtime's {@code JsonInput}.
 */
final class ReadCode {
  // The method's own names: its parameter, the loop variable, the flag, the caught exception,
  // and the lambda parameters in1, v1, g1... of nested readers and writers.
  private static final Set<String> OWN_NAMES = Set.of("in", "property", "discriminatorSeen", "e");
  private static final Pattern NESTED_NAME = Pattern.compile("(in|v|g)[0-9]+");

  private final ClassName self;
  private final ValueCode values;

  ReadCode(SchemaModel model, ClassName self, Set<String> external) {
    this.self = self;
    this.values = new ValueCode(model, self, external);
  }

  /** The read method of {@code definition}. */
  MethodSpec method(Definition definition) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(GeneratedNames.readMethod(definition.key()))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(definition.javaType())
            .addParameter(RuntimeNames.JSON_INPUT, "in");
    if (definition instanceof Definition.Record record) {
      method.addCode(record(record));
    } else if (definition instanceof Definition.Enum enumeration) {
      method.addCode(enumeration(enumeration));
    } else if (definition instanceof Definition.Sealed sealed) {
      method.addCode(sealed(sealed));
    }
    return method.build();
  }

  // Locals for every component, a loop over properties, required checks, then the constructor:
  // a value is only built once everything has been validated.
  private CodeBlock record(Definition.Record record) {
    CodeBlock.Builder code = CodeBlock.builder();
    Map<PropertyModel, String> locals = locals(record);
    for (PropertyModel p : record.properties()) {
      code.addStatement("$T $N = $L", localType(p), locals.get(p), initial(p));
    }
    record.discriminator().ifPresent(d -> code.addStatement("boolean discriminatorSeen = false"));
    code.addStatement("in.beginObject()");
    code.beginControlFlow(
        "for (String property = in.nextProperty(); property != null; property ="
            + " in.nextProperty())");
    code.beginControlFlow("switch (property)");
    record
        .discriminator()
        .ifPresent(
            d -> {
              code.beginControlFlow("case $L ->", Literals.of(d.property()));
              code.addStatement("in.readDiscriminator($L)", Literals.of(d.value()));
              code.addStatement("discriminatorSeen = true");
              code.endControlFlow();
            });
    for (PropertyModel p : record.properties()) {
      code.addStatement("case $L -> $N = $L", Literals.of(p.jsonName()), locals.get(p), readProperty(p));
    }
    code.addStatement("default -> in.skipValue()");
    code.endControlFlow().endControlFlow();
    requiredChecks(record, locals, code);
    CodeBlock arguments =
        record.properties().stream().map(p -> CodeBlock.of("$N", locals.get(p))).collect(CodeBlock.joining(",$W"));
    // A compact constructor may validate too; its exception becomes a mismatch at this object.
    code.beginControlFlow("try")
        .addStatement("return new $T($L)", record.javaType(), arguments)
        .nextControlFlow("catch ($T e)", RuntimeException.class)
        .addStatement("throw in.rejected($L, e)", Literals.of(record.javaType().toString()))
        .endControlFlow();
    return code.build();
  }

  // in.require(name, "name", "a string"): throws in.missing(...) if name is null.
  private void requiredChecks(Definition.Record record, Map<PropertyModel, String> locals, CodeBlock.Builder code) {
    record
        .discriminator()
        .ifPresent(
            d ->
                code.beginControlFlow("if (!discriminatorSeen)")
                    .addStatement("throw in.missing($L, $L)", Literals.of(d.property()), Literals.of('"' + d.value() + '"'))
                    .endControlFlow());
    for (PropertyModel p : record.properties()) {
      if (p.presence() == Presence.REQUIRED) {
        code.addStatement("in.require($N, $L, $L)", locals.get(p), Literals.of(p.jsonName()),
            Literals.of(values.expected(p.type())));
      }
    }
  }

  // Locals are named after components, allocated after the method's own names so none clashes.
  private static Map<PropertyModel, String> locals(Definition.Record record) {
    NameScope scope = new NameScope(OWN_NAMES, name -> NESTED_NAME.matcher(name).matches());
    Map<PropertyModel, String> locals = new IdentityHashMap<>();
    for (PropertyModel p : record.properties()) {
      locals.put(p, scope.allocate(p.accessor()));
    }
    return locals;
  }

  private static TypeName localType(PropertyModel property) {
    return property.javaType().isPrimitive() ? property.javaType().box() : property.javaType();
  }

  private static CodeBlock initial(PropertyModel property) {
    return switch (property.presence()) {
      case OPTIONAL -> CodeBlock.of("$T.empty()", ClassName.get("java.util", "Optional"));
      case OPTIONAL_INT -> CodeBlock.of("$T.empty()", ClassName.get("java.util", "OptionalInt"));
      case OPTIONAL_LONG -> CodeBlock.of("$T.empty()", ClassName.get("java.util", "OptionalLong"));
      case OPTIONAL_DOUBLE ->
          CodeBlock.of("$T.empty()", ClassName.get("java.util", "OptionalDouble"));
      default -> CodeBlock.of("null");
    };
  }

  private CodeBlock readProperty(PropertyModel property) {
    JsonType type = property.type();
    return switch (property.presence()) {
      case REQUIRED -> values.read(type, "in", 1);
      case NULLABLE -> CodeBlock.of("in.readNullable($L)", values.reader(type, 1));
      case OPTIONAL -> CodeBlock.of("in.readOptional($L)", values.reader(type, 1));
      case OPTIONAL_INT -> CodeBlock.of("in.readOptionalInt($L)", values.reader(type, 1));
      case OPTIONAL_LONG -> CodeBlock.of("in.readOptionalLong($L)", values.reader(type, 1));
      case OPTIONAL_DOUBLE -> CodeBlock.of("in.readOptionalDouble($L)", values.reader(type, 1));
    };
  }

  // return switch (in.readString()) { case "EASY" -> Difficulty.EASY; ... default -> throw ... };
  private CodeBlock enumeration(Definition.Enum enumeration) {
    CodeBlock.Builder code =
        CodeBlock.builder().add("return switch (in.readString()) {\n").indent();
    for (Definition.EnumConstant constant : enumeration.constants()) {
      code.add(
          "case $L -> $T.$N;\n", Literals.of(constant.jsonName()), enumeration.javaType(), constant.javaName());
    }
    code.add("default -> throw in.mismatch($L);\n", Literals.of(values.expected(enumeration)));
    return code.unindent().add("};\n").build();
  }

  // return JsonVariants.<Shape>read(in, "type", List.of("Circle", ...), tag -> switch (tag) {...});
  private CodeBlock sealed(Definition.Sealed sealed) {
    CodeBlock tags =
        sealed.variants().stream()
            .map(v -> Literals.of(v.tag()))
            .collect(CodeBlock.joining(", "));
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add(
                "return $T.<$T>read(in, $L, $T.of($L), tag -> switch (tag) {\n",
                RuntimeNames.JSON_VARIANTS,
                sealed.javaType(),
                Literals.of(sealed.discriminator()),
                List.class,
                tags)
            .indent();
    for (Definition.Variant variant : sealed.variants()) {
      code.add(
          "case $L -> $T::$N;\n",
          Literals.of(variant.tag()),
          self,
          GeneratedNames.readMethod(variant.recordKey()));
    }
    code.add("default -> throw new $T(tag);\n", IllegalStateException.class);
    return code.unindent().add("});\n").build();
  }
}
