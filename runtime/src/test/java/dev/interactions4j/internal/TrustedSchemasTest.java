package dev.interactions4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.interactions4j.schema.OutputType;
import dev.interactions4j.tools.ToolFunction;
import dev.interactions4j.wire.ResponseFormat;
import dev.interactions4j.wire.WireFormatException;
import dev.interactions4j.wire.WireJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Generated schemas are taken as the processor wrote them, never parsed or compacted again; text
 * given by hand to the public factories is still checked and compacted.
 */
class TrustedSchemasTest {
  // Not compact on purpose: trusted text is sent exactly as given, so the spaces stay.
  private static final String GENERATED = "{\"type\": \"object\"}";

  private static String schemaSent(OutputType<?> type) {
    return WireJson.toJson(((ResponseFormat.Text) type.responseFormat()).schema());
  }

  @Test
  void generatedOutputType_sendsItsTextUntouched() {
    OutputType<String> type =
        TrustedSchemas.outputType("x.Y", GENERATED, JsonInput::readString, JsonOutput::writeString);
    assertEquals(GENERATED, type.schemaJson());
    JsonNode schema = ((ResponseFormat.Text) type.responseFormat()).schema();
    assertEquals(GENERATED, assertInstanceOf(RawJsonObject.class, schema).rawJson());
    assertEquals(GENERATED, schemaSent(type));
  }

  @Test
  void generatedFunction_declaresItsTextUntouched() {
    ToolFunction function = TrustedSchemas.function("f", "d", GENERATED, json -> null);
    JsonNode parameters = function.declaration().parameters();
    assertEquals(GENERATED, assertInstanceOf(RawJsonObject.class, parameters).rawJson());
  }

  @Test
  void handWrittenText_isStillCheckedAndCompacted() {
    OutputType<String> type = OutputType.of("x.Y", GENERATED, JsonInput::readString, JsonOutput::writeString);
    assertEquals("{\"type\":\"object\"}", schemaSent(type));
    OutputType<String> broken =
        OutputType.of("x.Y", "{\"type\": ", JsonInput::readString, JsonOutput::writeString);
    assertThrows(WireFormatException.class, broken::responseFormat);
    assertThrows(WireFormatException.class, () -> ToolFunction.of("f", "d", "[1]", json -> null));
  }

  @Test
  void aTree_isTheSchemaAsItIs() {
    JsonNode tree = WireJson.readObject("{\"type\":\"string\"}");
    OutputType<String> type = OutputType.of("x.Y", tree, JsonInput::readString, JsonOutput::writeString);
    assertEquals("{\"type\":\"string\"}", type.schemaJson());
    assertEquals(tree, ((ResponseFormat.Text) type.responseFormat()).schema());
  }
}
