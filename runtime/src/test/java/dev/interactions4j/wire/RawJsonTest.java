package dev.interactions4j.wire;

import dev.interactions4j.internal.RawJsonObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Schemas and parameters given as text are sent as that text made compact, never as a tree built
 * and written back, and read as the same tree when someone asks for one.
 */
class RawJsonTest {
  /** Pretty-printed as the processor prints schemas, with escapes, numbers of every kind and nesting. */
  static final String SCHEMA = """
      {
        "type": "object",
        "description": "A caf\\u00e9 \\"order\\"\\n\\ttabbed, \\\\ slashed, \\/ and ünïcode ✓",
        "properties": {
          "count": { "type": "integer", "minimum": 0, "maximum": 9223372036854775807, "multipleOf": 123456789012345678901234567890 },
          "price": { "type": "number", "minimum": -0.5, "maximum": 1e3, "exclusiveMaximum": 2.5E-3 },
          "tags": { "type": "array", "items": { "type": [ "string", "null" ] }, "minItems": 1 },
          "flag": { "type": "boolean", "default": true, "const": false, "examples": [ null, {}, [] ] }
        },
        "required": [ "count" ],
        "propertyOrdering": [ "count", "price", "tags", "flag" ]
      }
      """;

  private static String body(InteractionRequest request) {
    return new String(WireJson.write(request), StandardCharsets.UTF_8);
  }

  private static InteractionRequest request(ResponseFormat format, Tool tool) {
    return InteractionRequest.model("m").input("hi").tool(tool).responseFormat(format).build();
  }

  /** {@link #SCHEMA} as it is sent: whitespace between tokens gone, escapes and numbers as written. */
  static final String SCHEMA_SENT = "{\"type\":\"object\",\"description\":\"A caf\\u00e9 \\\"order\\\"\\n\\ttabbed, \\\\ slashed, \\/ and ünïcode ✓\","
      + "\"properties\":{\"count\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":9223372036854775807,\"multipleOf\":123456789012345678901234567890},"
      + "\"price\":{\"type\":\"number\",\"minimum\":-0.5,\"maximum\":1e3,\"exclusiveMaximum\":2.5E-3},"
      + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":[\"string\",\"null\"]},\"minItems\":1},"
      + "\"flag\":{\"type\":\"boolean\",\"default\":true,\"const\":false,\"examples\":[null,{},[]]}},"
      + "\"required\":[\"count\"],\"propertyOrdering\":[\"count\",\"price\",\"tags\",\"flag\"]}";

  @Test
  void textSchemaAndParameters_areSentAsTheirCompactText_meaningWhatTheTreesMean() {
    ResponseFormat.Text format = ResponseFormat.json(SCHEMA);
    Tool.Function function = Tool.Function.of("order", "Orders.", SCHEMA);
    ObjectNode tree = WireJson.readObject(SCHEMA);

    String sent = body(request(format, function));

    assertEquals("{\"model\":\"m\",\"input\":\"hi\",\"tools\":[{\"type\":\"function\",\"name\":\"order\",\"description\":"
        + "\"Orders.\",\"parameters\":" + SCHEMA_SENT + "}],\"response_format\":{\"type\":\"text\",\"mime_type\":"
        + "\"application/json\",\"schema\":" + SCHEMA_SENT + "}}", sent);
    assertEquals(WireJson.readObject(body(request(ResponseFormat.json(tree), new Tool.Function("order", "Orders.", tree)))),
        WireJson.readObject(sent));
    // Writing did not build a tree: both are still held as text.
    assertEquals(SCHEMA_SENT, ((RawJsonObject) format.schema()).rawJson());
    assertEquals(SCHEMA_SENT, ((RawJsonObject) function.parameters()).rawJson());
    assertEquals(request(format, function), WireJson.readRequest(sent));
  }

  @Test
  void textWithoutEscapesOrFractions_isSentByteForByteAsTheTree() {
    String generated = "{\n  \"type\": \"object\",\n  \"description\": \"Ünïcode, \\\"quotes\\\" and a \\\\\",\n"
        + "  \"properties\": {\n    \"n\": {\n      \"type\": \"integer\",\n      \"minimum\": -3\n    }\n  },\n"
        + "  \"required\": [\n    \"n\"\n  ]\n}\n";
    ObjectNode tree = WireJson.readObject(generated);

    assertEquals(body(request(ResponseFormat.json(tree), new Tool.Function("f", null, tree))),
        body(request(ResponseFormat.json(generated), Tool.Function.of("f", null, generated))));
  }

  @Test
  void treeAskedFor_equalsTheParsedText_inEveryDirection() {
    ResponseFormat.Text raw = ResponseFormat.json(SCHEMA);
    ResponseFormat.Text parsed = ResponseFormat.json(WireJson.readObject(SCHEMA));

    assertEquals(parsed, raw);
    assertEquals(raw, parsed);
    assertEquals(parsed.hashCode(), raw.hashCode());
    assertEquals(parsed.toString(), raw.toString());
    assertEquals(ResponseFormat.json(SCHEMA), raw);
    assertNotEquals(ResponseFormat.json("{\"type\":\"string\"}"), raw);
    assertEquals(Tool.Function.of("f", null, SCHEMA), new Tool.Function("f", null, WireJson.readObject(SCHEMA)));
    assertEquals("integer", raw.schema().get("properties").get("count").get("type").asString());
    assertNull(((RawJsonObject) raw.schema()).rawJson(), "read once, it is a tree from then on");
  }

  @Test
  void treeChanged_isWhatIsSent() {
    ResponseFormat.Text format = ResponseFormat.json(SCHEMA);
    ((ObjectNode) format.schema()).put("title", "Order").remove("propertyOrdering");
    ObjectNode expected = WireJson.readObject(SCHEMA).put("title", "Order");
    expected.remove("propertyOrdering");

    String sent = body(InteractionRequest.model("m").responseFormat(format).build());

    assertEquals(body(InteractionRequest.model("m").responseFormat(ResponseFormat.json(expected)).build()), sent);
    assertTrue(sent.contains("\"title\":\"Order\""), sent);
    assertFalse(sent.contains("propertyOrdering"), sent);
  }

  @Test
  void copy_isIndependent_andStaysText() {
    ObjectNode original = ResponseFormat.json(SCHEMA).schema().asObject();
    ObjectNode copy = original.deepCopy();

    assertInstanceOf(RawJsonObject.class, copy);
    copy.put("title", "changed");

    assertNull(original.get("title"));
    assertEquals(WireJson.readObject(SCHEMA), original);
    assertNotEquals(original, copy);
  }

  @Test
  void nameUsedTwice_isSentOnce_asATreeWouldSendIt() {
    String twice = "{\"type\":\"object\",\"description\":\"first\",\"description\":\"last\"}";

    ResponseFormat.Text format = ResponseFormat.json(twice);

    assertEquals(WireJson.readObject(twice), format.schema());
    String sent = body(InteractionRequest.model("m").responseFormat(format).build());
    assertTrue(sent.contains("{\"type\":\"object\",\"description\":\"last\"}"), sent);
  }

  @Test
  void nameWrittenWithEscapes_isReadAsATreeAtOnce() {
    String escaped = "{\"\\u0061\":1,\"a\":2}";

    ObjectNode schema = ResponseFormat.json(escaped).schema().asObject();

    assertEquals(WireJson.readObject(escaped), schema);
    assertEquals(1, schema.size());
    assertEquals("{\"a\":2}", WireJson.toJson(schema));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "{", "[]", "\"schema\"", "{\"type\":}", "{\"type\":\"object\"} {}", "{\"a\":01}",
      "{'a':1}", "{\"a\":1,}", "{\"a\":\"tab\there\"}", "nul"})
  void notOneJsonObject_failsWhereGiven_asReadingItDoes(String text) {
    WireFormatException expected = assertThrows(WireFormatException.class, () -> WireJson.readObject(text));

    WireFormatException format = assertThrows(WireFormatException.class, () -> ResponseFormat.json(text));
    WireFormatException function = assertThrows(WireFormatException.class, () -> Tool.Function.of("f", null, text));

    assertEquals(expected.getMessage(), format.getMessage());
    assertEquals(expected.getMessage(), function.getMessage());
    assertEquals(text, format.rawText());
  }

  @Test
  void readConcurrently_parsesOnce_intoOneTree() throws Exception {
    ObjectNode schema = ResponseFormat.json(SCHEMA).schema().asObject();
    ObjectNode expected = WireJson.readObject(SCHEMA);
    Thread[] readers = new Thread[8];
    java.util.List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    for (int i = 0; i < readers.length; i++) {
      readers[i] = new Thread(() -> {
        try {
          assertEquals(expected, schema);
          assertEquals(expected.get("properties"), schema.get("properties"));
        } catch (Throwable t) {
          failures.add(t);
        }
      });
      readers[i].start();
    }
    for (Thread reader : readers) {
      reader.join();
    }
    assertEquals(java.util.List.of(), failures);
    assertEquals(body(InteractionRequest.model("m").responseFormat(ResponseFormat.json(expected)).build()),
        body(InteractionRequest.model("m").responseFormat(ResponseFormat.json(schema)).build()));
  }
}
