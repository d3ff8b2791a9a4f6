package dev.interactions4j.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code @Prompt} template split into literal text and {@code {name}} placeholders. {@code {{}
 * and {@code }}} are literal braces, a lone {@code }} is literal too, and a placeholder's name is
 * stripped of surrounding blanks.
 *
 * @param pieces the template's pieces in order; adjacent literals are joined
 */
record PromptTemplate(List<Piece> pieces) {

  PromptTemplate {
    pieces = List.copyOf(pieces);
  }

  /** A piece of a template. */
  sealed interface Piece {}

  /** Literal text. */
  record Literal(String text) implements Piece {}

  /** A {@code {name}} placeholder. */
  record Placeholder(String name) implements Piece {}

  /** The template parsed; empty when a {@code {} is never closed. */
  static Optional<PromptTemplate> parse(String template) {
    List<Piece> pieces = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
        literal.append(c);
        i++;
      } else if (c == '{') {
        int close = template.indexOf('}', i);
        if (close < 0) {
          return Optional.empty();
        }
        flush(literal, pieces);
        pieces.add(new Placeholder(template.substring(i + 1, close).strip()));
        i = close;
      } else {
        literal.append(c);
      }
    }
    flush(literal, pieces);
    return Optional.of(new PromptTemplate(pieces));
  }

  private static void flush(StringBuilder literal, List<Piece> pieces) {
    if (literal.length() > 0) {
      pieces.add(new Literal(literal.toString()));
      literal.setLength(0);
    }
  }
}
