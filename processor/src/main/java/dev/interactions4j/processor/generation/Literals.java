package dev.interactions4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * String literals for generated code: every string that comes from the user's source (names,
 * descriptions, prompts, schemas) goes through {@link #of}, never through JavaPoet's {@code $S},
 * for two reasons. JavaPoet breaks its output into lines at every {@code \R}, which matches U+2028
 * and U+2029 as well as newlines, so a {@code $S} value holding one became an unclosed literal;
 * and it writes lone surrogates as they are, which the source file's UTF-8 cannot hold. Here each
 * character that is not safe in a literal is an escape. A long value (a schema, a prompt) is split
 * into concatenated pieces of about {@link #PIECE} characters, one per line, so no generated line
 * grows past a reader's screen; the pieces are one constant expression, so the value still serves
 * as a {@code case} label or a constant.
 */
final class Literals {
  /** The most characters of escaped text one piece holds. */
  static final int PIECE = 100;

  /** Where a piece prefers to end once it holds this many characters: after a comma or a space. */
  private static final int SOFT_END = 60;

  private Literals() {}

  /** {@code value} as a Java string literal (concatenated pieces if long), {@code null} as {@code null}. */
  static CodeBlock of(String value) {
    return value == null ? CodeBlock.of("null") : join(pieces(value, false));
  }

  /**
   * JSON text as a Java string literal, its pieces ending after a comma between two members or
   * elements where possible, so that each line of the literal starts a property.
   */
  static CodeBlock json(String json) {
    return join(pieces(json, true));
  }

  /**
   * One concatenation of {@code parts}, one piece a line: each part is JSON text (written as a
   * literal) or a {@link CodeBlock} (a constant's name, say).
   */
  static CodeBlock concat(List<?> parts) {
    List<CodeBlock> pieces = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof CodeBlock code) {
        pieces.add(code);
      } else if (!((String) part).isEmpty()) {
        pieces.addAll(pieces((String) part, true));
      }
    }
    return join(pieces);
  }

  // The pieces joined with +, each continuation line indented twice.
  private static CodeBlock join(List<CodeBlock> pieces) {
    CodeBlock.Builder code = CodeBlock.builder().add(pieces.get(0));
    if (pieces.size() > 1) {
      code.add("$>$>");
      pieces.subList(1, pieces.size()).forEach(p -> code.add("\n+ ").add(p));
      code.add("$<$<");
    }
    return code.build();
  }

  /**
   * The quoted pieces of {@code value}; an escape or a surrogate pair is never cut. A piece ends
   * early after a comma or a space (for JSON: after a comma outside a string) once it is long.
   */
  private static List<CodeBlock> pieces(String value, boolean json) {
    List<CodeBlock> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String text = escape(value, i);
      if (Character.isHighSurrogate(c) && text.length() == 1) {
        text = value.substring(i, i + 2); // a pair, kept together
        i++;
      }
      if (piece.length() > 0 && piece.length() + text.length() > PIECE) {
        pieces.add(quoted(piece));
        piece.setLength(0);
      }
      piece.append(text);
      if (json && c == '"') {
        inString = !inString; // an escaped quote inside a string is the two characters \"
      } else if (json && c == '\\') {
        i++; // the escaped character is part of this one's escape in JSON
        piece.append(escape(value, i));
      }
      boolean breakable = json ? c == ',' && !inString : c == ',' || c == ' ';
      if (breakable && piece.length() >= SOFT_END && i + 1 < value.length()) {
        pieces.add(quoted(piece));
        piece.setLength(0);
      }
    }
    pieces.add(quoted(piece));
    return pieces;
  }

  private static CodeBlock quoted(CharSequence escaped) {
    // $L, not $S: the text is already a literal, and JavaPoet must not re-escape or split it.
    return CodeBlock.of("$L", "\"" + escaped + "\"");
  }

  // The character at i as it is written in a literal.
  private static String escape(String value, int i) {
    char c = value.charAt(i);
    switch (c) {
      case '"':
        return "\\\"";
      case '\\':
        return "\\\\";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      case '\b':
        return "\\b";
      case '\f':
        return "\\f";
      default:
        return safe(value, i) ? String.valueOf(c) : String.format("\\u%04x", (int) c);
    }
  }

  // A character JavaPoet and the source file's UTF-8 keep as it is.
  private static boolean safe(String value, int i) {
    char c = value.charAt(i);
    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }
    return true;
  }
}
