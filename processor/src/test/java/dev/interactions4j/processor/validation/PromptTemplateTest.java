package dev.interactions4j.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.processor.validation.PromptTemplate.Literal;
import dev.interactions4j.processor.validation.PromptTemplate.Placeholder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The {@code @Prompt} template parser on its own, without javac. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PromptTemplateTest {

  private static List<PromptTemplate.Piece> pieces(String template) {
    return PromptTemplate.parse(template).orElseThrow().pieces();
  }

  @Test
  void literalAndPlaceholdersAlternate() {
    assertEquals(List.of(new Literal("Plan "), new Placeholder("days"), new Literal(" days in "), new Placeholder("city")),
        pieces("Plan {days} days in {city}"));
  }

  @Test
  void placeholderNamesAreStripped() {
    assertEquals(List.of(new Placeholder("city")), pieces("{  city\t}"));
  }

  @Test
  void doubledBracesAreLiteralAndJoinTheirNeighbours() {
    assertEquals(List.of(new Literal("a {b} c")), pieces("a {{b}} c"));
    assertEquals(List.of(new Literal("{"), new Placeholder("x"), new Literal("}")), pieces("{{{x}}}"));
  }

  @Test
  void aLoneClosingBraceIsLiteral() {
    assertEquals(List.of(new Literal("a } b")), pieces("a } b"));
  }

  @Test
  void anUnclosedPlaceholderIsRefused() {
    assertTrue(PromptTemplate.parse("Plan {days").isEmpty());
    assertTrue(PromptTemplate.parse("{").isEmpty());
  }

  @Test
  void anEmptyTemplateHasNoPieces() {
    assertEquals(List.of(), pieces(""));
  }

  @Test
  void lineAndParagraphSeparatorsStayLiteralText() {
    assertEquals(List.of(new Literal("a\u2028b\u2029"), new Placeholder("c")), pieces("a\u2028b\u2029{c}"));
  }
}
