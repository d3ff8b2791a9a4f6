package dev.interactions4j.processor.generation;

import com.palantir.javapoet.CodeBlock;

/**
 * String literals for generated code. JavaPoet's {@code $S} splits a multi-line string into one
 * concatenated literal per line; a JSON constant of a hundred lines then costs a hundred lines to
 * write, parse and fold. {@link #of} keeps the same value in one literal on one line.
 */
final class Literals {
  private Literals() {}

  /** {@code value} as one Java string literal, {@code null} as {@code null}. */
  static CodeBlock of(String value) {
    if (value == null) {
      return CodeBlock.of("null");
    }
    StringBuilder literal = new StringBuilder(value.length() + value.length() / 8 + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        case '\b' -> literal.append("\\b");
        case '\f' -> literal.append("\\f");
        default -> {
          if (Character.isISOControl(c)) {
            literal.append(String.format("\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    // $L, not $S: the text is already a literal, and JavaPoet must not re-escape or split it.
    return CodeBlock.of("$L", literal.append('"').toString());
  }
}
