package dev.interactions4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.interactions4j.processor.testing.Golden;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule for bad input: exactly one error, its full text, on the offending line. */
class SchemaDiagnosticsTest {

  static Stream<Arguments> rules() {
    return Stream.of(
        arguments(
            "RawList",
            "List tags",
            "Record component 'tags' has the raw type java.util.List; give it type arguments, e.g."
                + " java.util.List<String>"),
        arguments(
            "ObjectComponent",
            "Object payload",
            "Record component 'payload' has type java.lang.Object, which says nothing about the"
                + " JSON the model should write; use a concrete record, enum, String or number"
                + " type"),
        arguments(
            "WildcardList",
            "List<? extends Number> values",
            "Record component 'values' (element of java.util.List<? extends java.lang.Number>) has"
                + " the wildcard type ? extends java.lang.Number; a schema needs one concrete type,"
                + " so replace '?' with it"),
        arguments(
            "IntegerKeys",
            "Map<Integer, String> byId",
            "Record component 'byId' has type java.util.Map<java.lang.Integer,java.lang.String>,"
                + " whose keys are not String; JSON object keys are strings, so use"
                + " java.util.Map<String, V>"),
        arguments(
            "GenericRoot",
            "record GenericRoot<T>",
            "@GeminiOutput type test.GenericRoot declares type parameters <T>; a JSON Schema needs"
                + " concrete types, so use GenericRoot with concrete type arguments as a component"
                + " of a non-generic @GeminiOutput record"),
        arguments(
            "PlainInterface",
            "Animal pet",
            "Record component 'pet' has type test.PlainInterface.Animal, an interface that is not"
                + " sealed; make it a sealed interface whose permitted subtypes are records"),
        arguments(
            "InterfaceRoot",
            "interface InterfaceRoot",
            "@GeminiOutput can only be applied to records, enums and sealed interfaces;"
                + " test.InterfaceRoot is an interface that is not sealed; make it sealed and"
                + " permit only records"),
        arguments(
            "DateComponent",
            "Date when",
            "Record component 'when' has type java.util.Date, a class that is not a record; make it"
                + " a record, or use java.time.Instant"),
        arguments(
            "ClassRoot",
            "class ClassRoot",
            "@GeminiOutput can only be applied to records, enums and sealed interfaces;"
                + " test.ClassRoot is a class that is not a record; make it a record"),
        arguments(
            "FunctionComponent",
            "Function<String, String> mapper",
            "Record component 'mapper' has type"
                + " java.util.function.Function<java.lang.String,java.lang.String>, a function,"
                + " which has no JSON form; hold data the model can write instead, e.g. a String or"
                + " an enum"),
        arguments(
            "StreamComponent",
            "Stream<String> lines",
            "Record component 'lines' has type java.util.stream.Stream<java.lang.String>, a stream"
                + " or iterator, which has no JSON form and can be consumed only once; use"
                + " java.util.List"),
        arguments(
            "ThreadComponent",
            "Thread worker",
            "Record component 'worker' has type java.lang.Thread, a runtime object (thread, task,"
                + " I/O handle or class) with no JSON form; keep only data in @GeminiOutput types"),
        arguments(
            "DuplicateNames",
            "String name)",
            "Record component 'name' has JSON name 'name', which component 'title' already uses;"
                + " set @JsonName on one of them"),
        arguments(
            "DuplicateEnumNames",
            "@JsonName(\"LOW\")",
            "Enum constant 'SMALL' has JSON name 'LOW', which constant 'LOW' already uses; set"
                + " @JsonName on one of them"),
        arguments(
            "DuplicateTags",
            "interface DuplicateTags",
            "Sealed interface test.DuplicateTags permits test.DuplicateTags.Circle and"
                + " test.DuplicateTags.Round with the same discriminator value 'Circle'; set"
                + " @JsonName on one of them"),
        arguments(
            "DiscriminatorClash",
            "record Event(String type",
            "Record component 'type' of test.DiscriminatorClash.Event has JSON name 'type', the"
                + " discriminator property of sealed interface test.DiscriminatorClash; rename it"
                + " with @JsonName"),
        arguments(
            "SealedPermitsClass",
            "interface SealedPermitsClass",
            "Sealed interface test.SealedPermitsClass permits test.SealedPermitsClass.Blob, which"
                + " is neither a record nor a sealed interface; every permitted subtype of a"
                + " @GeminiOutput type must be one"),
        arguments(
            "NestedOptional",
            "List<Optional<String>> maybe",
            "Record component 'maybe' (element of"
                + " java.util.List<java.util.Optional<java.lang.String>>) has type"
                + " java.util.Optional<java.lang.String>, but Optional is supported only as the"
                + " whole type of a record component; use the value type here"),
        arguments(
            "NullablePrimitive",
            "@Nullable int count",
            "Record component 'count' is @Nullable but has primitive type int; use the boxed type,"
                + " or OptionalInt, OptionalLong or OptionalDouble"),
        arguments(
            "ByteArray",
            "byte[] data",
            "Record component 'data' has type byte[], which Jackson writes as a string rather than"
                + " an array; use String (e.g. base64 text) or java.util.List<Integer>"),
        arguments(
            "GenericArray",
            "List<String>[] rows",
            "Record component 'rows' has type java.util.List<java.lang.String>[], an array of a"
                + " generic type, which Java cannot create; use java.util.List"),
        arguments(
            "MisplacedMin",
            "@Min(1) String name",
            "@Min on record component 'name' does not apply to type java.lang.String; use it on a"
                + " number"),
        arguments(
            "BadPattern",
            "String code",
            "@Pattern on record component 'code' has an invalid regular expression (Unclosed"
                + " character class near index 3); fix the expression"),
        arguments(
            "BadDecimal",
            "double amount",
            "@DecimalMin on record component 'amount' has value 'one', which is not a decimal"
                + " number; write it like \"0.5\""),
        arguments(
            "EmptyRange",
            "int level",
            "Constraints on record component 'level' allow no value (lower bound 10 is above upper"
                + " bound 1); fix the bounds"),
        arguments(
            "PrivateNested",
            "Secret secret",
            "Type test.PrivateNested.Secret is private; generated code cannot use it, so make it"
                + " package-private or public"),
        arguments(
            "RawSchemaInvalid",
            "String location",
            "@RawSchema on record component 'location' is not valid JSON (unexpected end of text at"
                + " offset 9); fix the JSON text"),
        arguments(
            "RawSchemaKeyword",
            "String location",
            "@RawSchema on record component 'location' uses keyword 'multipleOf', which Gemini does"
                + " not accept; use only type, title, description, format, enum, const, properties,"
                + " required, propertyOrdering, additionalProperties, items, prefixItems, minItems,"
                + " maxItems, minLength, maxLength, pattern, minimum, maximum, anyOf, $ref, $defs"),
        arguments(
            "RawSchemaType",
            "long location",
            "@RawSchema on record component 'location' needs type java.lang.String (the raw JSON"
                + " text), not long; change the component's type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void badInput_isOneErrorOnTheElement(String fixture, String line, String message) {
    JavaFileObject source = Golden.source("diagnostics/" + fixture + ".java");
    Compilation compilation = javac().withProcessors(new GeminiProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void schemaTooLargeForAConstant_isOneErrorOnTheType() {
    StringBuilder source = new StringBuilder("package test;\n\n@dev.interactions4j.schema.GeminiOutput\n");
    source.append("public record Huge(\n");
    for (int i = 0; i < 400; i++) {
      source.append(i == 0 ? "" : ",\n").append("    @dev.interactions4j.schema.Description(\"");
      source.append("x".repeat(150)).append("\") String field").append(i);
    }
    source.append(") {}\n");
    JavaFileObject huge = JavaFileObjects.forSourceString("test.Huge", source.toString());
    Compilation compilation = javac().withProcessors(new GeminiProcessor()).compile(huge);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "The JSON Schema of test.Huge is 86936 bytes, more than a Java string constant can"
                + " hold (65535); split the type, or shorten its descriptions")
        .inFile(huge)
        .onLineContaining("public record Huge");
  }

  @Test
  void geminiOutputOnMethod_isRejectedByItsTarget() {
    // @Target(TYPE): javac itself rejects it before processors run, with its own wording.
    JavaFileObject source = Golden.source("diagnostics/OnMethod.java");
    Compilation compilation = javac().withProcessors(new GeminiProcessor()).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("not applicable to this kind of declaration")
        .inFile(source)
        .onLineContaining("@GeminiOutput");
  }
}
