package dev.interactions4j.processor.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.interactions4j.schema.OutputType;
import java.util.List;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The round-trip checks every sample goes through: generated write then parse gives the value back;
 * Jackson databind's JSON for the same value is valid against the emitted schema and parses with
 * the generated parser to the same value; and the generated writer's JSON is schema-valid.
 */
final class RoundTrip {
  // Keep offsets as written, so OffsetDateTime values compare equal after databind reads them.
  static final JsonMapper DATABIND =
      JsonMapper.builder().disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private RoundTrip() {}

  /** Runs every check on {@code value}, comparing values with {@code equals}. */
  static <T> void check(OutputType<T> type, T value) {
    String written = type.write(value);
    assertValid(type, written);
    assertEquals(value, type.parse(written), "generated write then parse");
    assertEquals(value, DATABIND.readValue(written, value.getClass()), "generated JSON, databind");
    String databind = DATABIND.writeValueAsString(value);
    assertValid(type, databind);
    assertEquals(value, type.parse(databind), "databind JSON parsed by the generated parser");
  }

  /**
   * Runs every check on {@code value} whose type holds arrays (no value equality): compares the
   * generated writer's JSON after each parse instead.
   */
  static <T> void checkByJson(OutputType<T> type, T value) {
    String written = type.write(value);
    assertValid(type, written);
    assertEquals(written, type.write(type.parse(written)), "generated write then parse");
    String databind = DATABIND.writeValueAsString(value);
    assertValid(type, databind);
    assertEquals(written, type.write(type.parse(databind)), "databind JSON parsed");
  }

  /** Asserts that {@code json} is valid against {@code type}'s schema. */
  static void assertValid(OutputType<?> type, String json) {
    Schema schema = SCHEMAS.getSchema(type.schemaJson());
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    assertEquals(List.of(), errors, () -> "schema errors for " + json);
  }
}
