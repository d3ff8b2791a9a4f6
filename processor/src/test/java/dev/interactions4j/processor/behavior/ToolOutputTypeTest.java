package dev.interactions4j.processor.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.interactions4j.processor.fixtures.Kitchen;
import dev.interactions4j.processor.fixtures.KitchenFunctions;
import dev.interactions4j.processor.fixtures.Recipe;
import dev.interactions4j.tools.ToolErrorPolicy;
import dev.interactions4j.tools.ToolSet;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.WireJson;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** A tool whose arguments and results are {@code @GeminiOutput} types: parsed, validated and written. */
class ToolOutputTypeTest {
  private static final Recipe SOUP =
      new Recipe("soup", List.of(RoundTripTest.FLOUR), Optional.of(20), Recipe.Difficulty.EASY);

  private static final Kitchen KITCHEN =
      new Kitchen() {
        @Override
        public Recipe suggest(String name) {
          return name.equals("none") ? null : SOUP;
        }

        @Override
        public int count(Recipe.Difficulty difficulty) {
          return difficulty.ordinal();
        }

        @Override
        public List<String> cook(List<Recipe> recipes, Optional<Recipe> extra) {
          return recipes.stream().map(r -> r.name() + ":" + r.ingredients().size() + ":" + extra.isPresent()).toList();
        }
      };

  private static Step.FunctionResult call(String name, String arguments) {
    ToolSet tools = KitchenFunctions.bind(KITCHEN);
    ObjectNode json = (ObjectNode) WireJson.readTree(arguments);
    return tools.execute(new Step.FunctionCall("1", name, json, null), ToolErrorPolicy.SEND_TO_MODEL);
  }

  @Test
  void result_isWrittenByTheOutputTypesWriter() {
    Step.FunctionResult result = call("suggest", "{\"name\":\"soup\"}");
    assertNull(result.isError());
    assertEquals(
        "{\"result\":{\"name\":\"soup\",\"ingredients\":[{\"name\":\"flour\",\"amount\":0.5,\"unit\":\"kg\"}],"
            + "\"minutes\":20,\"difficulty\":\"EASY\"}}",
        result.result().toString());
    assertEquals("{}", call("suggest", "{\"name\":\"none\"}").result().toString());
  }

  @Test
  void nestedEnum_isReadOnItsOwn() {
    assertEquals("{\"result\":2}", call("count", "{\"difficulty\":\"HARD\"}").result().toString());
    Step.FunctionResult bad = call("count", "{\"difficulty\":\"hard\"}");
    assertEquals(Boolean.TRUE, bad.isError());
    assertEquals(
        "Invalid arguments for 'count': Model output does not match the expected structure at"
            + " /difficulty: expected one of \"EASY\", \"MEDIUM\", \"HARD\", found \"hard\"",
        bad.result().get("error").asString());
  }

  @Test
  void arguments_areParsedAndValidatedByTheOutputTypesReader() {
    String recipe =
        "{\"name\":\"stew\",\"ingredients\":[{\"name\":\"salt\",\"amount\":1,\"unit\":\"g\"}],\"difficulty\":\"HARD\"}";
    Step.FunctionResult ok = call("cook", "{\"recipes\":[" + recipe + "],\"extra\":" + recipe + "}");
    assertEquals("{\"result\":[\"stew:1:true\"]}", ok.result().toString());

    String empty = "{\"name\":\"air\",\"ingredients\":[],\"difficulty\":\"EASY\"}";
    Step.FunctionResult invalid = call("cook", "{\"recipes\":[" + recipe + "," + empty + "]}");
    assertEquals(Boolean.TRUE, invalid.isError());
    assertEquals(
        "Invalid arguments for 'cook': Model output does not match the expected structure at"
            + " /recipes/1/ingredients: expected an array of at least 1 items, found ]",
        invalid.result().get("error").asString());

    Step.FunctionResult missing = call("cook", "{\"recipes\":[{\"name\":\"x\"}]}");
    assertEquals(
        "Invalid arguments for 'cook': Model output does not match the expected structure at"
            + " /recipes/0/ingredients: expected an array, found nothing (property missing)",
        missing.result().get("error").asString());
  }
}
