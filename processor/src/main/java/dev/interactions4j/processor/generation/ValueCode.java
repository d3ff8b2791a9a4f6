package dev.interactions4j.processor.generation;

import dev.interactions4j.processor.model.GeneratedNames;
import dev.interactions4j.processor.model.RuntimeNames;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.interactions4j.processor.model.ContainerKind;
import dev.interactions4j.processor.model.Definition;
import dev.interactions4j.processor.model.JsonType;
import dev.interactions4j.processor.model.ScalarKind;
import dev.interactions4j.processor.model.SchemaModel;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generates the expressions that read and write one value of a {@link JsonType}; its constraint
 * checks come from {@link CheckCode}. Nested values use method references where possible, lambdas otherwise, with
 * parameter names numbered by depth so that they never shadow each other.
 */
final class ValueCode {
  private final SchemaModel model;
  private final ClassName self;
  private final Set<String> external;

  /**
   * @param external keys of definitions read and written by their own {@code <T>Schema} class
   *     (through its {@code TYPE}) rather than by methods of {@code self}
   */
  ValueCode(SchemaModel model, ClassName self, Set<String> external) {
    this.model = model;
    this.self = self;
    this.external = external;
  }

  /** Whether {@code key} is read and written by its own {@code <T>Schema}. */
  boolean external(String key) {
    return external.contains(key);
  }

  // RecipeSchema.TYPE: the descriptor whose reader() and writer() stand in for the methods.
  private CodeBlock type(String key) {
    ClassName source = (ClassName) model.definition(key).javaType();
    return CodeBlock.of("$T.TYPE", GeneratedNames.schemaClass(source));
  }

  /** An expression reading a value from the {@code JsonInput} named {@code in}, checked. */
  CodeBlock read(JsonType type, String in, int depth) {
    if (type instanceof JsonType.Scalar scalar) {
      return CheckCode.checked(scalarRead(scalar.kind(), in), scalar.constraints(), in);
    }
    if (type instanceof JsonType.Array array) {
      return arrayRead(array, in, depth);
    }
    if (type instanceof JsonType.StringMap map) {
      CodeBlock read = CodeBlock.of("$N.readMap($L)", in, elementReader(map.values(), map.nullableValues(), depth + 1));
      return CheckCode.sized(read, "entries", map.constraints(), in);
    }
    if (type instanceof JsonType.Named named) {
      if (external(named.key())) {
        return CodeBlock.of("$L.reader().read($N)", type(named.key()), in);
      }
      return CodeBlock.of("$N($N)", GeneratedNames.readMethod(named.key()), in);
    }
    return CodeBlock.of("$N.readRawJson()", in);
  }

  /** A {@code JsonReader} for {@code type}. */
  CodeBlock reader(JsonType type, int depth) {
    if (type instanceof JsonType.Scalar scalar && scalar.constraints().isEmpty()) {
      ScalarKind kind = scalar.kind();
      return formatted(kind)
          ? CodeBlock.of("$T::read$L", RuntimeNames.JSON_FORMATS, camel(kind))
          : CodeBlock.of("$T::read$L", RuntimeNames.JSON_INPUT, camel(kind));
    }
    if (type instanceof JsonType.Named named) {
      if (external(named.key())) {
        return CodeBlock.of("$L.reader()", type(named.key()));
      }
      return CodeBlock.of("$T::$N", self, GeneratedNames.readMethod(named.key()));
    }
    String in = "in" + depth;
    return CodeBlock.of("$N -> $L", in, read(type, in, depth));
  }

  // An element's reader; a @Nullable element's reads null as null (the writers write it so already).
  private CodeBlock elementReader(JsonType type, boolean nullable, int depth) {
    if (!nullable) {
      return reader(type, depth);
    }
    String in = "in" + depth;
    return CodeBlock.of("$N -> $N.readNullable($L)", in, in, reader(type, depth + 1));
  }

  /** An expression writing {@code value} to the {@code JsonGenerator} named {@code generator}. */
  CodeBlock write(JsonType type, CodeBlock value, String generator, int depth) {
    if (type instanceof JsonType.Scalar scalar) {
      ScalarKind kind = scalar.kind();
      return CodeBlock.of("$T.$N($L, $N)", writerOwner(kind), writerName(kind), value, generator);
    }
    if (type instanceof JsonType.Array array) {
      return arrayWrite(array, value, generator, depth);
    }
    if (type instanceof JsonType.StringMap map) {
      return CodeBlock.of(
          "$T.writeMap($L, $N, $L)",
          RuntimeNames.JSON_OUTPUT,
          value,
          generator,
          writer(map.values(), depth + 1));
    }
    if (type instanceof JsonType.Named named) {
      if (external(named.key())) {
        return CodeBlock.of(
            "$T.writeNullable($L, $N, $L.writer())",
            RuntimeNames.JSON_OUTPUT,
            value,
            generator,
            type(named.key()));
      }
      return CodeBlock.of(
          "$T.writeNullable($L, $N, $T::$N)",
          RuntimeNames.JSON_OUTPUT,
          value,
          generator,
          self,
          GeneratedNames.writeMethod(named.key()));
    }
    return CodeBlock.of("$T.writeRawJson($L, $N)", RuntimeNames.JSON_OUTPUT, value, generator);
  }

  /** A {@code JsonWriter} for {@code type}. */
  CodeBlock writer(JsonType type, int depth) {
    if (type instanceof JsonType.Scalar scalar) {
      return CodeBlock.of("$T::$N", writerOwner(scalar.kind()), writerName(scalar.kind()));
    }
    if (type instanceof JsonType.Named named) {
      if (external(named.key())) {
        return CodeBlock.of("$L.writer()", type(named.key()));
      }
      return CodeBlock.of("$T::$N", self, GeneratedNames.writeMethod(named.key()));
    }
    String value = "v" + depth;
    String generator = "g" + depth;
    return CodeBlock.of(
        "($N, $N) -> $L",
        value,
        generator,
        write(type, CodeBlock.of("$N", value), generator, depth));
  }

  /** What the parser expects for {@code type}, for messages about missing properties. */
  String expected(JsonType type) {
    if (type instanceof JsonType.Scalar scalar) {
      ScalarKind kind = scalar.kind();
      if (kind == ScalarKind.CHAR) {
        return "a one-character string";
      }
      if (kind.format().isPresent() && kind.jsonType().equals("string")) {
        return "a string in format " + kind.format().get();
      }
      return kind.jsonType().equals("integer") ? "an integer" : "a " + kind.jsonType();
    }
    if (type instanceof JsonType.Array) {
      return "an array";
    }
    if (type instanceof JsonType.Named named) {
      return expected(model.definition(named.key()));
    }
    return type instanceof JsonType.StringMap ? "an object" : "a JSON value";
  }

  /** What the parser expects for a definition. */
  String expected(Definition definition) {
    if (definition instanceof Definition.Enum enumeration) {
      return "one of "
          + enumeration.constants().stream()
              .map(c -> '"' + c.jsonName() + '"')
              .collect(Collectors.joining(", "));
    }
    return "an object";
  }

  private CodeBlock arrayRead(JsonType.Array array, String in, int depth) {
    String method = array.container() == ContainerKind.SET ? "readSet" : "readList";
    CodeBlock read = CodeBlock.of("$N.$N($L)", in, method, elementReader(array.items(), array.nullableItems(), depth + 1));
    read = CheckCode.sized(read, "items", array.constraints(), in);
    if (array.container() == ContainerKind.OBJECT_ARRAY) {
      TypeName component = ((ArrayTypeName) array.javaType()).componentType();
      return CodeBlock.of("$L.toArray(new $T[0])", read, component);
    }
    if (array.container() == ContainerKind.PRIMITIVE_ARRAY) {
      return CodeBlock.of("$T.to$LArray($L)", RuntimeNames.JSON_ARRAYS, primitiveName(array), read);
    }
    return read;
  }

  private CodeBlock arrayWrite(JsonType.Array array, CodeBlock value, String generator, int depth) {
    return switch (array.container()) {
      case PRIMITIVE_ARRAY ->
          CodeBlock.of(
              "$T.write$LArray($L, $N)",
              RuntimeNames.JSON_ARRAYS,
              primitiveName(array),
              value,
              generator);
      case OBJECT_ARRAY ->
          CodeBlock.of(
              "$T.writeList($T.asList($L), $N, $L)",
              RuntimeNames.JSON_OUTPUT,
              Arrays.class,
              value,
              generator,
              writer(array.items(), depth + 1));
      default ->
          CodeBlock.of(
              "$T.writeList($L, $N, $L)",
              RuntimeNames.JSON_OUTPUT,
              value,
              generator,
              writer(array.items(), depth + 1));
    };
  }

  private static String primitiveName(JsonType.Array array) {
    String name = ((ArrayTypeName) array.javaType()).componentType().toString();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static CodeBlock scalarRead(ScalarKind kind, String in) {
    return formatted(kind)
        ? CodeBlock.of("$T.read$L($N)", RuntimeNames.JSON_FORMATS, camel(kind), in)
        : CodeBlock.of("$N.read$L()", in, camel(kind));
  }

  private static ClassName writerOwner(ScalarKind kind) {
    return formatted(kind) ? RuntimeNames.JSON_FORMATS : RuntimeNames.JSON_OUTPUT;
  }

  private static String writerName(ScalarKind kind) {
    return switch (kind) {
      case STRING, CHAR, BOOLEAN -> "write" + camel(kind);
      case INSTANT, OFFSET_DATE_TIME, LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME ->
          "write" + camel(kind);
      case DURATION, UUID, URI -> "writeText";
      default -> "writeNumber";
    };
  }

  private static boolean formatted(ScalarKind kind) {
    return kind.format().isPresent() && kind.jsonType().equals("string");
  }

  // INSTANT -> Instant, BIG_DECIMAL -> BigDecimal, UUID -> Uuid: the runtime's method suffixes.
  private static String camel(ScalarKind kind) {
    StringBuilder name = new StringBuilder();
    for (String part : kind.name().split("_")) {
      name.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }
}
