package dev.interactions4j.processor.generation;

import dev.interactions4j.processor.model.GeneratedNames;
import dev.interactions4j.processor.model.RuntimeNames;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.interactions4j.processor.model.Definition;
import dev.interactions4j.processor.model.PropertyModel;
import dev.interactions4j.processor.model.SchemaModel;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the private {@code write<Key>(value, JsonGenerator)} method of each definition. Absent
 * optional values are left out (not written as {@code null}), as the API expects.
 */
final class WriteCode {
  private final ValueCode values;

  WriteCode(SchemaModel model, ClassName self, Set<String> external) {
    this.values = new ValueCode(model, self, external);
  }

  /** The write method of {@code definition}. */
  MethodSpec method(Definition definition) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(GeneratedNames.writeMethod(definition.key()))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(definition.javaType(), "value")
            .addParameter(RuntimeNames.JSON_GENERATOR, "generator");
    if (definition instanceof Definition.Record record) {
      method.addCode(record(record));
    } else if (definition instanceof Definition.Enum enumeration) {
      method.addCode(enumeration(enumeration));
    } else if (definition instanceof Definition.Sealed sealed) {
      method.addCode(sealed(sealed));
    }
    return method.build();
  }

  private CodeBlock record(Definition.Record record) {
    CodeBlock.Builder code = CodeBlock.builder().addStatement("generator.writeStartObject()");
    record
        .discriminator()
        .ifPresent(
            d ->
                code.addStatement(
                    "generator.writeStringProperty($L, $L)", Literals.of(d.property()), Literals.of(d.value())));
    for (PropertyModel p : record.properties()) {
      CodeBlock accessor = CodeBlock.of("value.$N()", p.accessor());
      switch (p.presence()) {
        case REQUIRED -> property(code, p, accessor);
        case NULLABLE -> {
          code.beginControlFlow("if ($L != null)", accessor);
          property(code, p, accessor);
          code.endControlFlow();
        }
        default -> {
          code.beginControlFlow("if ($L.isPresent())", accessor);
          property(code, p, CodeBlock.of("$L.$N()", accessor, getter(p)));
          code.endControlFlow();
        }
      }
    }
    return code.addStatement("generator.writeEndObject()").build();
  }

  private void property(CodeBlock.Builder code, PropertyModel property, CodeBlock value) {
    code.addStatement("generator.writeName($L)", Literals.of(property.jsonName()));
    code.addStatement("$L", values.write(property.type(), value, "generator", 1));
  }

  private static String getter(PropertyModel property) {
    return switch (property.presence()) {
      case OPTIONAL_INT -> "getAsInt";
      case OPTIONAL_LONG -> "getAsLong";
      case OPTIONAL_DOUBLE -> "getAsDouble";
      default -> "get";
    };
  }

  // generator.writeString(switch (value) { case EASY -> "easy"; ... });
  private static CodeBlock enumeration(Definition.Enum enumeration) {
    boolean sameNames =
        enumeration.constants().stream().allMatch(c -> c.javaName().equals(c.jsonName()));
    if (sameNames) {
      return CodeBlock.builder().addStatement("generator.writeString(value.name())").build();
    }
    CodeBlock.Builder code =
        CodeBlock.builder().add("generator.writeString(switch (value) {\n").indent();
    for (Definition.EnumConstant constant : enumeration.constants()) {
      code.add("case $N -> $L;\n", constant.javaName(), Literals.of(constant.jsonName()));
    }
    return code.unindent().add("});\n").build();
  }

  // if (value instanceof Circle) { writeCircle((Circle) value, generator); } else ...
  private static CodeBlock sealed(Definition.Sealed sealed) {
    CodeBlock.Builder code = CodeBlock.builder();
    boolean first = true;
    for (Definition.Variant variant : sealed.variants()) {
      if (first) {
        code.beginControlFlow("if (value instanceof $T)", variant.javaType());
      } else {
        code.nextControlFlow("else if (value instanceof $T)", variant.javaType());
      }
      first = false;
      code.addStatement(
          "$N(($T) value, generator)",
          GeneratedNames.writeMethod(variant.recordKey()),
          variant.javaType());
    }
    code.nextControlFlow("else")
        .addStatement(
            "throw new $T($L + value.getClass().getName())",
            IllegalArgumentException.class,
            Literals.of("Not a permitted subtype of " + sealed.javaType() + ": "))
        .endControlFlow();
    return code.build();
  }
}
