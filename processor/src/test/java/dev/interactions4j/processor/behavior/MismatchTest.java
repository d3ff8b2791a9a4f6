package dev.interactions4j.processor.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import dev.interactions4j.processor.fixtures.ConstrainedSchema;
import dev.interactions4j.processor.fixtures.DrawingSchema;
import dev.interactions4j.processor.fixtures.OptionalsSchema;
import dev.interactions4j.processor.fixtures.Recipe;
import dev.interactions4j.processor.fixtures.RecipeSchema;
import dev.interactions4j.processor.fixtures.ScalarsSchema;
import dev.interactions4j.processor.fixtures.Shape;
import dev.interactions4j.processor.fixtures.ShapeSchema;
import dev.interactions4j.processor.fixtures.TemperatureSchema;
import dev.interactions4j.processor.fixtures.TreeNodeSchema;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What generated parsers do with answers that do not match: a precise, typed exception. */
class MismatchTest {
  private static final String INGREDIENT = "{\"name\":\"flour\",\"amount\":1,\"unit\":\"kg\"}";

  private static OutputMismatchException mismatch(OutputType<?> type, String json) {
    return assertThrows(OutputMismatchException.class, () -> type.parse(json));
  }

  @Test
  void wrongTypeDeepInside_reportsPointerExpectedFoundAndRawText() {
    String json =
        "{\"name\":\"x\",\"ingredients\":["
            + INGREDIENT
            + ","
            + INGREDIENT
            + ",{\"name\":\"egg\",\"amount\":\"two\",\"unit\":\"\"}],\"difficulty\":\"EASY\"}";
    OutputMismatchException e = mismatch(RecipeSchema.TYPE, json);
    assertEquals("/ingredients/2/amount", e.pointer());
    assertEquals("a number", e.expected());
    assertEquals("\"two\"", e.found());
    assertEquals(Optional.of(json), e.rawText());
    assertEquals(
        "Model output does not match the expected structure at /ingredients/2/amount: expected a"
            + " number, found \"two\"",
        e.getMessage());
  }

  @Test
  void missingRequiredProperty_isMismatchAtItsPointer() {
    OutputMismatchException e =
        mismatch(RecipeSchema.TYPE, "{\"name\":\"x\",\"ingredients\":[" + INGREDIENT + "]}");
    assertEquals("/difficulty", e.pointer());
    assertEquals("one of \"EASY\", \"MEDIUM\", \"HARD\"", e.expected());
    assertEquals("nothing (property missing)", e.found());
  }

  @Test
  void nullForRequiredComponent_isMismatch() {
    OutputMismatchException e =
        mismatch(
            RecipeSchema.TYPE,
            "{\"name\":null,\"ingredients\":[" + INGREDIENT + "],\"difficulty\":\"EASY\"}");
    assertEquals("/name", e.pointer());
    assertEquals("null", e.found());
  }

  @Test
  void unknownEnumConstant_isMismatch() {
    OutputMismatchException e =
        mismatch(
            RecipeSchema.TYPE,
            "{\"name\":\"x\",\"ingredients\":[" + INGREDIENT + "],\"difficulty\":\"easy\"}");
    assertEquals("/difficulty", e.pointer());
    assertEquals("\"easy\"", e.found());
  }

  @Test
  void unknownPropertiesAnywhere_areIgnored() {
    Recipe recipe =
        RecipeSchema.TYPE.parse(
            "{\"chef\":{\"a\":[1,{}]},\"name\":\"x\",\"ingredients\":[{\"name\":\"flour\","
                + "\"note\":null,\"amount\":1,\"unit\":\"kg\"}],\"difficulty\":\"EASY\",\"x\":[]}");
    assertEquals(
        new Recipe(
            "x",
            List.of(new Recipe.Ingredient("flour", 1, "kg")),
            Optional.empty(),
            Recipe.Difficulty.EASY),
        recipe);
  }

  @Test
  void markdownFenceAroundJson_isTolerated() {
    String json = "```json\n{\"type\":\"Circle\",\"radius\":2}\n```\n";
    assertEquals(new Shape.Circle(2), ShapeSchema.TYPE.parse(json));
  }

  @Test
  void textAfterTheValue_isMismatch() {
    OutputMismatchException e = mismatch(ShapeSchema.TYPE, "{\"type\":\"Circle\",\"radius\":2} {}");
    assertEquals("the end of the JSON text", e.expected());
  }

  @Test
  void malformedJson_isMismatchWithRawText() {
    OutputMismatchException e = mismatch(ShapeSchema.TYPE, "{\"type\":\"Circle\",");
    assertEquals("well-formed JSON", e.expected());
    assertEquals(Optional.of("{\"type\":\"Circle\","), e.rawText());
  }

  @Test
  void malformedJsonDeepInside_saysHowFarTheParserGot() {
    String json = "{\"name\":\"x\",\"ingredients\":[" + INGREDIENT + ",{\"name\": tru}]}";
    OutputMismatchException e = mismatch(RecipeSchema.TYPE, json);
    // The malformed token is the value of "name": the pointer names that property.
    assertEquals("/ingredients/1/name", e.pointer());
    assertEquals("well-formed JSON", e.expected());
  }

  @Test
  void discriminatorAnywhereInTheObject_selectsTheVariant() {
    assertEquals(new Shape.Square(3), ShapeSchema.TYPE.parse("{\"side\":3,\"type\":\"square\"}"));
  }

  @Test
  void unknownDiscriminator_isMismatchAtTheDiscriminator() {
    OutputMismatchException e =
        mismatch(DrawingSchema.TYPE, "{\"title\":\"t\",\"shapes\":[{\"type\":\"Hexagon\"}]}");
    assertEquals("/shapes/0/type", e.pointer());
    assertEquals("one of \"Circle\", \"square\", \"Triangle\"", e.expected());
    assertEquals("\"Hexagon\"", e.found());
  }

  @Test
  void missingDiscriminator_isMismatch() {
    OutputMismatchException e = mismatch(ShapeSchema.TYPE, "{\"radius\":1}");
    assertEquals("/type", e.pointer());
  }

  @Test
  void errorInsideBufferedVariant_keepsTheFullPointer() {
    OutputMismatchException e =
        mismatch(
            DrawingSchema.TYPE,
            "{\"title\":\"t\",\"shapes\":[{\"type\":\"Circle\",\"radius\":true}]}");
    assertEquals("/shapes/0/radius", e.pointer());
  }

  @Test
  void recursionDepth_keepsPointer() {
    OutputMismatchException e =
        mismatch(
            TreeNodeSchema.TYPE,
            "{\"label\":\"a\",\"children\":[{\"label\":\"b\",\"children\":[{\"label\":3}]}]}");
    assertEquals("/children/0/children/0/label", e.pointer());
  }

  @Test
  void nullForOptionalOrNullable_meansAbsent() {
    assertEquals(
        OptionalsSchema.TYPE.parse("{}"),
        OptionalsSchema.TYPE.parse(
            "{\"note\":null,\"count\":null,\"total\":null,\"score\":null,\"nickname\":null,"
                + "\"extra\":null,\"level\":null,\"spare\":null}"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"stars\":0 | /stars | a number >= 1",
        "\"stars\":6 | /stars | a number <= 5",
        "\"stars\":2.5 | /stars | an integer (32-bit)",
        "\"percent\":0 | /percent | a number > 0",
        "\"percent\":100.51 | /percent | a number <= 100.5",
        "\"code\":\"A\" | /code | a string of 2 to 10 characters",
        "\"currency\":\"EURO\" | /currency | a string matching [A-Z]{3}",
        "\"title\":\"  \" | /title | a non-blank string",
        "\"tags\":[] | /tags | an array of at least 1 items",
        "\"tags\":[\" \"] | /tags/0 | a non-blank string",
        "\"contact\":\"nobody\" | /contact | an e-mail address",
        "\"scores\":{\"a\":1,\"b\":2,\"c\":3} | /scores | an object of at most 2 properties",
      })
  void brokenConstraint_isMismatch(String override, String pointer, String expected) {
    String valid =
        "\"stars\":3,\"percent\":50,\"code\":\"AB\",\"currency\":\"EUR\",\"title\":\"t\","
            + "\"tags\":[\"a\"],\"contact\":\"a@b.c\",\"scores\":{},\"full_name\":\"A\"";
    String json = "{" + valid + "," + override + "}";
    OutputMismatchException e = mismatch(ConstrainedSchema.TYPE, json);
    assertEquals(pointer, e.pointer());
    assertEquals(expected, e.expected());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"tiny\":128 | /tiny",
        "\"small\":-32769 | /small",
        "\"count\":2147483648 | /count",
        "\"letter\":\"ab\" | /letter",
        "\"flag\":\"true\" | /flag",
        "\"ratio\":1e39 | /ratio",
      })
  void outOfRangeScalar_isMismatch(String override, String pointer) {
    String valid =
        "\"text\":\"\",\"letter\":\"a\",\"flag\":true,\"tiny\":1,\"small\":1,\"count\":1,\"big\":1,"
            + "\"ratio\":1,\"amount\":1,\"boxedLetter\":\"b\",\"boxedFlag\":false,\"boxedTiny\":1,"
            + "\"boxedSmall\":1,\"boxedCount\":1,\"boxedBig\":1,\"boxedRatio\":1,\"boxedAmount\":1,"
            + "\"price\":1,\"huge\":1";
    OutputMismatchException e = mismatch(ScalarsSchema.TYPE, "{" + valid + "," + override + "}");
    assertEquals(pointer, e.pointer());
  }

  @Test
  void valueTheRecordConstructorRejects_isMismatchAtThatObject() {
    OutputMismatchException e =
        mismatch(TemperatureSchema.TYPE, "{\"readings\":[{\"celsius\":1},{\"celsius\":-300}]}");
    assertEquals("/readings/1", e.pointer());
    assertEquals(
        "a value dev.interactions4j.processor.fixtures.Temperature.Reading accepts", e.expected());
    assertEquals("below absolute zero: -300.0", e.found());
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }

  @Test
  void withInteractionId_keepsEverythingElse() {
    OutputMismatchException e = mismatch(ShapeSchema.TYPE, "[]");
    OutputMismatchException withId = e.withInteractionId("v1_abc");
    assertEquals(Optional.of("v1_abc"), withId.interactionId());
    assertEquals(e.pointer(), withId.pointer());
    assertEquals(e.rawText(), withId.rawText());
    assertEquals(e.getMessage(), withId.getMessage());
  }
}
