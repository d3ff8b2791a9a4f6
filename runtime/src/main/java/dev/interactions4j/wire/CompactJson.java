package dev.interactions4j.wire;

/**
 * Checks that a text is one JSON object (RFC 8259, as Jackson reads it by default) and drops the
 * whitespace between its tokens, in one pass over its characters: no parser, no tree, no classes
 * beyond this one. Whatever it is not sure of (a malformed text, a name used twice or written with
 * escapes, a text beyond Jackson's read limits) gives null, and the caller reads the text as a tree
 * instead, which fails or succeeds exactly as it always has.
 */
final class CompactJson {
  /** Jackson's default read limits ({@code StreamReadConstraints}). */
  private static final int MAX_DEPTH = 500;
  private static final int MAX_NUMBER = 1000;
  private static final int MAX_NAME = 50_000;
  /** Longer texts are left to the parser (its string limit is far beyond; schemas are far below). */
  private static final int MAX_TEXT = 1 << 24;
  /** Objects with more names than this are left to the parser, which finds a name used twice in linear time. */
  private static final int MAX_NAMES = 512;

  private final String in;
  private final int length;
  private final char[] out;
  private int at;
  private int written;
  /** Start, end and hash of each name of the objects being read, innermost last. */
  private int[] names = new int[48];
  private int namesTop;

  private CompactJson(String in) {
    this.in = in;
    this.length = in.length();
    this.out = new char[length];
  }

  /** {@code json} without whitespace between tokens if it is one JSON object, else null. */
  static String object(String json) {
    if (json.length() > MAX_TEXT) {
      return null;
    }
    CompactJson compact = new CompactJson(json);
    compact.skipWhitespace();
    if (compact.at >= compact.length || json.charAt(compact.at) != '{' || !compact.value(0)) {
      return null;
    }
    compact.skipWhitespace();
    return compact.at == compact.length ? new String(compact.out, 0, compact.written) : null;
  }

  private void skipWhitespace() {
    while (at < length) {
      char c = in.charAt(at);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      at++;
    }
  }

  private boolean value(int depth) {
    if (at >= length) {
      return false;
    }
    switch (in.charAt(at)) {
      case '{':
        return depth < MAX_DEPTH && object(depth + 1);
      case '[':
        return depth < MAX_DEPTH && array(depth + 1);
      case '"':
        return string(false);
      case 't':
        return literal("true");
      case 'f':
        return literal("false");
      case 'n':
        return literal("null");
      default:
        return number();
    }
  }

  private boolean object(int depth) {
    out[written++] = '{';
    at++;
    skipWhitespace();
    if (at < length && in.charAt(at) == '}') {
      out[written++] = '}';
      at++;
      return true;
    }
    int first = namesTop;
    try {
      while (true) {
        if (at >= length || in.charAt(at) != '"') {
          return false;
        }
        int start = written;
        if (!string(true) || !newName(first, start + 1, written - 1)) {
          return false;
        }
        skipWhitespace();
        if (at >= length || in.charAt(at) != ':') {
          return false;
        }
        out[written++] = ':';
        at++;
        skipWhitespace();
        if (!value(depth)) {
          return false;
        }
        skipWhitespace();
        if (at >= length) {
          return false;
        }
        char next = in.charAt(at++);
        out[written++] = next;
        if (next == '}') {
          return true;
        }
        if (next != ',') {
          return false;
        }
        skipWhitespace();
      }
    } finally {
      namesTop = first;
    }
  }

  /** Records the name {@code out[start, end)}; false if this object has it already or has too many. */
  private boolean newName(int first, int start, int end) {
    int size = end - start;
    if (size > MAX_NAME || (namesTop - first) / 3 >= MAX_NAMES) {
      return false;
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + out[i];
    }
    for (int k = first; k < namesTop; k += 3) {
      if (names[k + 2] == hash && names[k + 1] - names[k] == size && same(names[k], start, size)) {
        return false;
      }
    }
    if (namesTop + 3 > names.length) {
      names = java.util.Arrays.copyOf(names, names.length * 2);
    }
    names[namesTop++] = start;
    names[namesTop++] = end;
    names[namesTop++] = hash;
    return true;
  }

  private boolean same(int a, int b, int size) {
    for (int i = 0; i < size; i++) {
      if (out[a + i] != out[b + i]) {
        return false;
      }
    }
    return true;
  }

  private boolean array(int depth) {
    out[written++] = '[';
    at++;
    skipWhitespace();
    if (at < length && in.charAt(at) == ']') {
      out[written++] = ']';
      at++;
      return true;
    }
    while (true) {
      if (!value(depth)) {
        return false;
      }
      skipWhitespace();
      if (at >= length) {
        return false;
      }
      char next = in.charAt(at++);
      out[written++] = next;
      if (next == ']') {
        return true;
      }
      if (next != ',') {
        return false;
      }
      skipWhitespace();
    }
  }

  /** A string as it is written, escapes kept; a name must have none (it is compared as written). */
  private boolean string(boolean name) {
    out[written++] = '"';
    at++;
    while (at < length) {
      char c = in.charAt(at++);
      out[written++] = c;
      if (c == '"') {
        return true;
      }
      if (c < 0x20) {
        return false;
      }
      if (c == '\\') {
        if (name || at >= length) {
          return false;
        }
        char escaped = in.charAt(at++);
        out[written++] = escaped;
        switch (escaped) {
          case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
            break;
          case 'u':
            for (int i = 0; i < 4; i++) {
              if (at >= length || !hex(in.charAt(at))) {
                return false;
              }
              out[written++] = in.charAt(at++);
            }
            break;
          default:
            return false;
        }
      }
    }
    return false;
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private boolean literal(String word) {
    if (!in.startsWith(word, at)) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      out[written++] = word.charAt(i);
    }
    at += word.length();
    return endOfToken();
  }

  /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, copied. */
  private boolean number() {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    if (peek() == '0') {
      at++;
    } else if (!digits()) {
      return false;
    }
    if (peek() == '.') {
      at++;
      if (!digits()) {
        return false;
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      at++;
      if (peek() == '+' || peek() == '-') {
        at++;
      }
      if (!digits()) {
        return false;
      }
    }
    if (at - start > MAX_NUMBER || !endOfToken()) {
      return false;
    }
    in.getChars(start, at, out, written);
    written += at - start;
    return true;
  }

  private boolean digits() {
    int start = at;
    while (at < length && in.charAt(at) >= '0' && in.charAt(at) <= '9') {
      at++;
    }
    return at > start;
  }

  /** A literal or number must be followed by whitespace, a separator or the end ({@code 01}, {@code truex} are errors). */
  private boolean endOfToken() {
    if (at >= length) {
      return true;
    }
    char c = in.charAt(at);
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == ']' || c == '}';
  }

  private char peek() {
    return at < length ? in.charAt(at) : '\0';
  }
}
