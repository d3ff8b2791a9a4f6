package dev.interactions4j.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link CompactText#compact} against Jackson's tree reader: it never accepts what the reader refuses, and never
 * changes what a text means.
 */
class CompactTextTest {
  private static final String[] STRINGS = {"", "a", "type", "caf\\u00e9", "\\\"q\\\"", "tab\\there", "\\\\", "\\/", "ünï ✓", "😀", "\\uD83D\\uDE00", "x y"};
  private static final String[] NUMBERS = {"0", "-0", "7", "-12", "0.5", "-0.25", "1e3", "1E-3", "2.5e+10", "9223372036854775808",
      "123456789012345678901234567890", "1.7976931348623157e308", "4.9e-324"};
  private static final String[] WHITESPACE = {"", "", "", " ", "\n", "\n  ", "\t", "\r\n"};
  private static final String JUNK = "{}[]\":,.-+0123456789eEtrufalsn \\/\u0001\u00e9x'";

  private static String value(Random random, int depth, StringBuilder out) {
    int kind = depth > 3 ? 2 + random.nextInt(4) : random.nextInt(6);
    switch (kind) {
      case 0 -> {
        out.append('{').append(space(random));
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          if (i > 0) {
            out.append(',').append(space(random));
          }
          out.append("\"n").append(i).append(random.nextBoolean() ? "" : "_" + STRINGS[random.nextInt(3)]).append('"')
              .append(space(random)).append(':').append(space(random));
          value(random, depth + 1, out);
          out.append(space(random));
        }
        out.append('}');
      }
      case 1 -> {
        out.append('[').append(space(random));
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          if (i > 0) {
            out.append(space(random)).append(',').append(space(random));
          }
          value(random, depth + 1, out);
        }
        out.append(space(random)).append(']');
      }
      case 2 -> out.append('"').append(STRINGS[random.nextInt(STRINGS.length)]).append('"');
      case 3 -> out.append(NUMBERS[random.nextInt(NUMBERS.length)]);
      case 4 -> out.append(random.nextBoolean() ? "true" : "false");
      default -> out.append("null");
    }
    return out.toString();
  }

  private static String space(Random random) {
    return WHITESPACE[random.nextInt(WHITESPACE.length)];
  }

  private static String object(Random random) {
    StringBuilder out = new StringBuilder(space(random)).append("{").append(space(random)).append("\"root\":").append(space(random));
    value(random, 0, out);
    return out.append(space(random)).append('}').append(space(random)).toString();
  }

  private static String mutate(Random random, String text) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(2);
    for (int i = 0; i < edits && out.length() > 0; i++) {
      int at = random.nextInt(out.length());
      char junk = JUNK.charAt(random.nextInt(JUNK.length()));
      switch (random.nextInt(3)) {
        case 0 -> out.deleteCharAt(at);
        case 1 -> out.insert(at, junk);
        default -> out.setCharAt(at, junk);
      }
    }
    return out.toString();
  }

  /** What Jackson makes of {@code text}: its tree, or null when it refuses it. */
  private static ObjectNode jackson(String text) {
    try {
      return WireJson.readObject(text);
    } catch (WireFormatException refused) {
      return null;
    }
  }

  private static void check(String text, boolean mustCompact) {
    String compact = CompactText.compact(text);
    ObjectNode tree = jackson(text);
    if (compact == null) {
      if (mustCompact) {
        fail("Not compacted: " + text);
      }
      return;
    }
    if (tree == null) {
      fail("Accepted what Jackson refuses: " + text);
    }
    assertEquals(tree, WireJson.readObject(compact), text);
    assertEquals(compact, CompactText.compact(compact), "compact text is its own compact form");
  }

  @Test
  void validTexts_areCompacted_toTheSameTree() {
    Random random = new Random(20261125);
    for (int i = 0; i < 5_000; i++) {
      check(object(random), true);
    }
  }

  @Test
  void mutatedTexts_areNeverAcceptedWhenJacksonRefusesThem() {
    Random random = new Random(42);
    int refused = 0;
    for (int i = 0; i < 30_000; i++) {
      String text = mutate(random, object(random));
      check(text, false);
      refused += jackson(text) == null ? 1 : 0;
    }
    assertTrue(refused > 10_000, "the mutations should break most texts: " + refused);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":01}", "{\"a\":-}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":1e}", "{\"a\":0x1}",
      "{\"a\":tru}", "{\"a\":truex}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12G4\"}", "{\"a\":\"\\u١٢٣٤\"}", "{\"a\":\"\u0001\"}",
      "{\"a\":1,}", "{,}", "{\"a\" 1}", "{\"a\":[1,]}", "{\"a\":[,1]}", "{\"a\":1}}", "{\"a\":1", "{\"a\":\"open}", "{a:1}",
      "{'a':1}", "[]", "\"s\"", "", " ", "{\"a\":1} x", "\uFEFF{}", "{\"a\":NaN}", "{\"a\":1}/*c*/"})
  void refused(String text) {
    assertNull(CompactText.compact(text), text);
  }

  @Test
  void nameUsedTwice_orNestedTooDeep_isLeftToTheParser() {
    assertNull(CompactText.compact("{\"a\":1,\"b\":{\"a\":2},\"a\":3}"));
    assertNotNull(CompactText.compact("{\"a\":1,\"b\":{\"a\":2}}"));
    // Names are compared as Jackson reads them: an escaped name is the same name.
    assertNull(CompactText.compact("{\"\\u0061\":1,\"a\":2}"));
    assertEquals("{\"\\u0061\":1}", CompactText.compact("{ \"\\u0061\" : 1 }"));
    assertNull(CompactText.compact("{\"a\":" + "[".repeat(600) + "]".repeat(600) + "}"));
    assertNotNull(CompactText.compact("{\"a\":" + "[".repeat(400) + "]".repeat(400) + "}"));
  }

  @Test
  void manyNames_areCheckedForRepeats() {
    StringBuilder many = new StringBuilder("{");
    for (int i = 0; i < 300; i++) {
      many.append(i == 0 ? "" : ",").append("\"name").append(i).append("\":").append(i);
    }
    assertNotNull(CompactText.compact(many + "}"));
    assertNull(CompactText.compact(many + ",\"name150\":0}"));
  }

  @Test
  void longText_isCompacted_acrossTheParsersBuffers() {
    StringBuilder text = new StringBuilder("{\n");
    for (int i = 0; i < 5_000; i++) {
      text.append(i == 0 ? "" : ",\n").append("  \"p").append(i).append("\" : [ \"caf\\u00e9 \\\" x\" , ").append(i).append(" ]");
    }
    check(text.append("\n}\n").toString(), true);
  }
}
