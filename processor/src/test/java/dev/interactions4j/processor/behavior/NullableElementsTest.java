package dev.interactions4j.processor.behavior;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.interactions4j.processor.GeminiProcessor;
import dev.interactions4j.processor.testing.CompiledClasses;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A type-use {@code @Nullable} on a type argument, an array element or a map value: the schema
 * allows {@code null} there, the parser reads it and the writer writes it, so a value with a
 * {@code null} element survives a write and a read; without the annotation, {@code null} is
 * refused there as before.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NullableElementsTest {
  private static final String SOURCE = "package test;\nimport dev.interactions4j.schema.*; import java.util.*;\n"
      + "@GeminiOutput public record A(List<@Nullable String> names, Set<@Nullable Integer> counts,\n"
      + "    Map<String, @Nullable Double> scores, @Nullable String[] words, List<String> strict) {}\n";

  @Test
  void nullableElements_surviveWriteAndRead_andMatchTheSchema() throws Exception {
    Compilation compilation = javac().withProcessors(new GeminiProcessor())
        .compile(JavaFileObjects.forSourceString("test.A", SOURCE));
    assertThat(compilation).succeededWithoutWarnings();
    OutputType<?> type = (OutputType<?>) CompiledClasses.of(compilation).staticField("test.ASchema", "TYPE");
    String json = "{\"names\":[\"a\",null],\"counts\":[null,1],\"scores\":{\"x\":null,\"y\":1.5},"
        + "\"words\":[null,\"w\"],\"strict\":[\"s\"]}";
    RoundTrip.assertValid(type, json);
    Object value = type.parse(json);
    String written = write(type, value);
    assertEquals(json, written);
    RoundTrip.assertValid(type, written);
    assertEquals(written, write(type, type.parse(written)));
  }

  @Test
  void elementsWithoutNullable_stillRefuseNull() {
    Compilation compilation = javac().withProcessors(new GeminiProcessor())
        .compile(JavaFileObjects.forSourceString("test.A", SOURCE));
    OutputType<?> type = (OutputType<?>) CompiledClasses.of(compilation).staticField("test.ASchema", "TYPE");
    OutputMismatchException e = assertThrows(OutputMismatchException.class, () -> type.parse(
        "{\"names\":[],\"counts\":[],\"scores\":{},\"words\":[],\"strict\":[null]}"));
    assertEquals("/strict/0", e.pointer());
  }

  @SuppressWarnings("unchecked")
  private static <T> String write(OutputType<T> type, Object value) {
    return type.write((T) value);
  }
}
