package dev.interactions4j.processor.behavior;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.interactions4j.processor.GeminiProcessor;
import dev.interactions4j.processor.testing.CompiledClasses;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The generated parser on the edges of JSON text: the pointer of a malformed token, a {@code char}
 * given a character beyond U+FFFF, and a byte-order mark before the text.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ParserEdgeCasesTest {
  private static OutputType<?> type;

  @BeforeAll
  static void compile() {
    type = (OutputType<?>) CompiledClasses.of(javac().withProcessors(new GeminiProcessor())
            .compile(JavaFileObjects.forSourceString("test.A", "package test;\n"
                + "@dev.interactions4j.schema.GeminiOutput\n"
                + "public record A(double d, double x, char c, java.util.List<Double> list) {}\n")))
        .staticField("test.ASchema", "TYPE");
  }

  private static OutputMismatchException mismatch(String json) {
    return assertThrows(OutputMismatchException.class, () -> type.parse(json));
  }

  @Test
  void malformedValue_isReportedAtItsOwnProperty() {
    assertEquals("/x", mismatch("{\"d\": 1, \"x\": NaN, \"c\": \"a\", \"list\": []}").pointer());
    assertEquals("/d", mismatch("{\"d\": tru, \"x\": 1, \"c\": \"a\", \"list\": []}").pointer());
  }

  @Test
  void malformedElement_isReportedAtItsOwnIndex() {
    assertEquals("/list/1", mismatch("{\"d\": 1, \"x\": 2, \"c\": \"a\", \"list\": [1, NaN]}").pointer());
  }

  @Test
  void malformedName_isReportedAtTheObject() {
    assertEquals("", mismatch("{\"d\": 1, x: 2}").pointer());
  }

  @Test
  void charBeyondTheBasicPlane_isRefusedByParserAndSchemaAlike() {
    String emoji = "{\"d\": 1, \"x\": 2, \"c\": \"\uD83D\uDE00\", \"list\": []}";
    OutputMismatchException e = mismatch(emoji);
    assertEquals("/c", e.pointer());
    assertTrue(e.getMessage().contains("up to U+FFFF"), e.getMessage());
    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(type.schemaJson());
    assertFalse(schema.validate(emoji, InputFormat.JSON).isEmpty(), "the schema must refuse it too");
    String plain = "{\"d\": 1, \"x\": 2, \"c\": \"\u00e9\", \"list\": []}";
    assertTrue(schema.validate(plain, InputFormat.JSON).isEmpty());
    assertEquals("A[d=1.0, x=2.0, c=\u00e9, list=[]]", type.parse(plain).toString());
  }

  @Test
  void byteOrderMarkBeforeTheText_isIgnored() {
    assertEquals("A[d=1.0, x=2.0, c=a, list=[]]",
        type.parse("\uFEFF{\"d\": 1, \"x\": 2, \"c\": \"a\", \"list\": []}").toString());
    assertEquals("A[d=1.0, x=2.0, c=a, list=[]]",
        type.parse("\uFEFF```json\n{\"d\": 1, \"x\": 2, \"c\": \"a\", \"list\": []}\n```").toString());
  }
}
