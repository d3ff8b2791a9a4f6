package dev.interactions4j.wire;

import dev.interactions4j.internal.RawJsonObject;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks and compacts a JSON object given as text by a caller (a hand-written schema or
 * declaration) and wraps it as an {@link RawJsonObject}, which keeps it as text until someone looks
 * inside. The text is checked by Jackson's parser and made compact here ({@link #compact}), so a
 * malformed one fails where it is given and a raw value never corrupts a body; a text with a name
 * used twice in one object is read into a plain tree at once (which keeps the last). Generated
 * schemas skip this: the processor wrote them compact ({@link RawJsonObject#trusted}).
 */
final class CompactText {
  /** Jackson's default read rules and limits, and a name used twice in one object is an error. */
  private static final JsonFactory STRICT =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private CompactText() {}

  /**
   * The object {@code json} holds.
   *
   * @throws WireFormatException if it is not one JSON object, as {@link WireJson#readObject}
   */
  static ObjectNode of(String json) {
    String compact = json == null ? null : compact(json);
    if (compact == null) {
      return WireJson.readObject(json); // throws the error it always has
    }
    return RawJsonObject.trusted(compact);
  }

  /**
   * {@code json} without whitespace between its tokens if Jackson reads it as one JSON object in
   * which no object has a name twice, else null. Jackson's parser does every check; each token is
   * copied as written (escapes, number forms) from where the parser found it, so the text means
   * what it meant.
   */
  static String compact(String json) {
    StringBuilder out = new StringBuilder(json.length());
    try (JsonParser parser = STRICT.createParser(ObjectReadContext.empty(), json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      int start = offset(parser);
      for (int depth = 1; depth > 0; ) {
        JsonToken token = parser.nextToken();
        depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
        int next = offset(parser);
        if (!appendToken(json, start, next, out)) {
          return null;
        }
        start = next;
      }
      if (parser.nextToken() != null) {
        return null; // a second value after the object
      }
      return out.append('}').toString();
    } catch (JacksonException e) {
      return null;
    }
  }

  private static int offset(JsonParser parser) {
    return (int) parser.currentTokenLocation().getCharOffset();
  }

  /**
   * Appends the token that starts at {@code from} and the separator after it, if any, from the
   * text up to the next token at {@code to}: between two tokens there is only whitespace and at
   * most one {@code ,} or {@code :}, and no token ends with either or with whitespace. False for
   * a unicode escape with digits other than ASCII hex ones, which Jackson reads but a stricter
   * reader of the body would refuse.
   */
  private static boolean appendToken(String json, int from, int to, StringBuilder out) {
    int end = skipSpaceBack(json, from, to);
    char last = json.charAt(end - 1);
    boolean separated = end - 1 > from && (last == ',' || last == ':');
    int tokenEnd = separated ? skipSpaceBack(json, from, end - 1) : end;
    if (json.charAt(from) == '"' && !asciiHexEscapes(json, from, tokenEnd)) {
      return false;
    }
    out.append(json, from, tokenEnd);
    if (separated) {
      out.append(last);
    }
    return true;
  }

  private static boolean asciiHexEscapes(String json, int from, int end) {
    // Jackson has checked the escapes: each backslash starts one, the next starts after it.
    for (int at = from; at < end; at++) {
      if (json.charAt(at) == '\\' && json.charAt(++at) == 'u') {
        for (int i = at + 1; i < at + 5; i++) {
          char c = json.charAt(i);
          if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static int skipSpaceBack(String json, int from, int end) {
    while (end > from + 1) {
      char c = json.charAt(end - 1);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        break;
      }
      end--;
    }
    return end;
  }
}
