package dev.interactions4j.schema;

import dev.interactions4j.internal.JsonFormats;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The runtime on its own, with hand-written readers like the generated ones. */
class OutputTypeTest {
  private static final OutputType<List<String>> WORDS =
      OutputType.of(
          "words",
          "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}",
          in -> in.readList(JsonInput::readString),
          (value, generator) -> JsonOutput.writeList(value, generator, JsonOutput::writeString));

  @Test
  void parse_readsWholeTextAndWriteGivesItBack() {
    assertEquals(List.of("a", "b"), WORDS.parse(" [\"a\", \"b\"]\n"));
    assertEquals("[\"a\",\"b\"]", WORDS.write(List.of("a", "b")));
    assertEquals("words", WORDS.name());
  }

  @Test
  void parse_stripsAMarkdownFence() {
    assertEquals(List.of("x"), WORDS.parse("```json\n[\"x\"]\n```"));
    assertEquals(List.of("y"), WORDS.parse("```\n[\"y\"]\n```"));
  }

  @Test
  void emptyText_isMismatchAtTheRoot() {
    OutputMismatchException e =
        assertThrows(OutputMismatchException.class, () -> WORDS.parse("  "));
    assertEquals("", e.pointer());
    assertEquals("end of input", e.found());
    assertEquals(Optional.of("  "), e.rawText());
    assertEquals(
        "Model output does not match the expected structure at the root: expected a JSON value,"
            + " found end of input",
        e.getMessage());
  }

  @Test
  void read_fromAParserInsideALargerDocument() {
    try (var parser =
        new JsonFactory().createParser(ObjectReadContext.empty(), "{\"w\": [\"a\"], \"n\": 1}")) {
      parser.nextToken();
      parser.nextToken();
      parser.nextToken();
      assertEquals(List.of("a"), WORDS.read(parser));
      assertEquals("n", parser.nextName());
    }
  }

  @Test
  void pointer_escapesSlashAndTilde() {
    OutputType<java.util.Map<String, Integer>> counts =
        OutputType.of(
            "counts",
            "{}",
            in -> in.readMap(JsonInput::readInt),
            (value, generator) -> JsonOutput.writeMap(value, generator, JsonOutput::writeNumber));
    OutputMismatchException e =
        assertThrows(OutputMismatchException.class, () -> counts.parse("{\"a/b~c\": \"x\"}"));
    assertEquals("/a~1b~0c", e.pointer());
  }

  @Test
  void withRawTextAndInteractionId_areCopies() {
    OutputMismatchException e = new OutputMismatchException("/a", "a string", "1");
    OutputMismatchException both = e.withRawText("{\"a\":1}").withInteractionId("v1_x");
    assertEquals(Optional.empty(), e.rawText());
    assertEquals(Optional.of("{\"a\":1}"), both.rawText());
    assertEquals(Optional.of("v1_x"), both.interactionId());
    assertEquals("/a", both.pointer());
  }

  @Test
  void localTimesWithAnOffset_areAccepted() {
    OutputType<LocalTime> time =
        OutputType.of("t", "{}", JsonFormats::readLocalTime, JsonFormats::writeLocalTime);
    assertEquals(LocalTime.of(10, 0), time.parse("\"10:00:00Z\""));
    OutputType<LocalDateTime> dateTime =
        OutputType.of("dt", "{}", JsonFormats::readLocalDateTime, JsonFormats::writeLocalDateTime);
    assertEquals(
        LocalDateTime.of(2026, 1, 2, 3, 4), dateTime.parse("\"2026-01-02T03:04:00+01:00\""));
  }

  @Test
  void timeWriters_alwaysWriteSeconds() {
    OutputType<OffsetDateTime> at =
        OutputType.of(
            "at", "{}", JsonFormats::readOffsetDateTime, JsonFormats::writeOffsetDateTime);
    assertEquals(
        "\"2026-01-02T03:04:00Z\"",
        at.write(OffsetDateTime.of(2026, 1, 2, 3, 4, 0, 0, ZoneOffset.UTC)));
    OutputType<LocalTime> time =
        OutputType.of("t", "{}", JsonFormats::readLocalTime, JsonFormats::writeLocalTime);
    assertEquals("\"10:00:00\"", time.write(LocalTime.of(10, 0)));
  }

  @Test
  void badFormattedText_isMismatchNamingTheFormat() {
    OutputType<java.util.UUID> uuid =
        OutputType.of("u", "{}", JsonFormats::readUuid, JsonFormats::writeText);
    OutputMismatchException e =
        assertThrows(OutputMismatchException.class, () -> uuid.parse("\"nope\""));
    assertEquals("a UUID", e.expected());
  }

  @Test
  void writeNumber_keepsEveryNumberTypeExact() {
    OutputType<Number> number =
        OutputType.of("n", "{}", JsonInput::readBigDecimal, JsonOutput::writeNumber);
    assertEquals(
        "12345678901234567890.5", number.write(new java.math.BigDecimal("12345678901234567890.5")));
    assertEquals("1.5", number.write(1.5f));
    assertEquals("7", number.write((short) 7));
  }

  @Test
  void rawJson_isCopiedVerbatim() {
    OutputType<String> raw =
        OutputType.of("raw", "{}", JsonInput::readRawJson, JsonOutput::writeRawJson);
    assertEquals("{\"a\":[1,true,null]}", raw.parse("{ \"a\": [1, true, null] }"));
    assertEquals("{\"a\":1}", raw.write("{\"a\":1}"));
  }

  @Test
  void hugeExponents_areMismatchesNotHugeNumbers() {
    OutputType<java.math.BigInteger> integer =
        OutputType.of("i", "{}", JsonInput::readBigInteger, JsonOutput::writeNumber);
    OutputMismatchException e =
        assertThrows(OutputMismatchException.class, () -> integer.parse("1e999999999"));
    assertEquals("an integer of at most 1000 digits", e.expected());
    assertEquals(java.math.BigInteger.valueOf(300), integer.parse("3e2"));
    OutputType<Double> real =
        OutputType.of("d", "{}", JsonInput::readDouble, JsonOutput::writeNumber);
    assertEquals(
        "a number in double range",
        assertThrows(OutputMismatchException.class, () -> real.parse("1e400")).expected());
  }

  @Test
  void read_acceptsAParserOnAPropertyName() {
    try (var parser =
        new JsonFactory().createParser(ObjectReadContext.empty(), "{\"w\": [\"a\"]}")) {
      parser.nextToken();
      assertEquals("w", parser.nextName());
      assertEquals(List.of("a"), WORDS.read(parser));
    }
  }
}
