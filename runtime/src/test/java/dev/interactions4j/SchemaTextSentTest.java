package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.schema.OutputType;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.tools.ToolFunction;
import dev.interactions4j.tools.ToolLoop;
import dev.interactions4j.tools.ToolRun;
import dev.interactions4j.tools.ToolSet;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.WireJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Generated schemas and declarations are texts; over HTTP they arrive as that text made compact,
 * exactly what the request would carry had they been parsed into trees first.
 */
class SchemaTextSentTest {
  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();

  private static final String WORDS_SCHEMA = """
      {
        "type": "array",
        "description": "Words, \\"quoted\\" and ünïcode",
        "items": {
          "type": "string"
        },
        "minItems": 1
      }
      """;
  private static final String CITY_PARAMETERS = """
      {
        "type": "object",
        "properties": {
          "city": {
            "type": "string",
            "description": "city name, e.g. \\"Paris\\""
          }
        },
        "required": [
          "city"
        ]
      }
      """;

  private final GeminiClient client = Clients.client(SIMULATOR.simulator());

  @Test
  void outputTypeSchema_isSentAsItsCompactText() {
    OutputType<List<String>> words = OutputType.of("words", WORDS_SCHEMA, in -> in.readList(JsonInput::readString),
        (value, generator) -> JsonOutput.writeList(value, generator, JsonOutput::writeString));

    List<String> answer = client.generate(Clients.MODEL, "Some words, please.", words);

    assertTrue(!answer.isEmpty());
    String body = SIMULATOR.simulator().requests().get(0).bodyText();
    assertEquals("{\"model\":\"gemini-3-flash-preview\",\"input\":\"Some words, please.\",\"response_format\":"
        + "{\"type\":\"text\",\"mime_type\":\"application/json\",\"schema\":" + WireJson.toJson(WireJson.readObject(WORDS_SCHEMA))
        + "}}", body);
    assertTrue(body.contains("{\"type\":\"array\",\"description\":\"Words, \\\"quoted\\\" and ünïcode\",\"items\":"
        + "{\"type\":\"string\"},\"minItems\":1}"), body);
  }

  @Test
  void functionParameters_areSentAsTheirCompactText_inTheToolLoop() {
    ToolSet tools = ToolSet.of(ToolFunction.of("get_weather", "Current weather in a city", CITY_PARAMETERS,
        arguments -> "{\"temp_c\":21}"));

    ToolRun run = ToolLoop.builder(client, tools).build()
        .run(InteractionRequest.model(Clients.MODEL).input("What is the weather in Paris?").build());

    assertTrue(run.rounds() >= 1, run.toString());
    String body = SIMULATOR.simulator().requests().get(0).bodyText();
    assertTrue(body.contains("\"tools\":[{\"type\":\"function\",\"name\":\"get_weather\",\"description\":\"Current weather in a city\","
        + "\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"description\":"
        + "\"city name, e.g. \\\"Paris\\\"\"}},\"required\":[\"city\"]}}]"), body);
  }
}
