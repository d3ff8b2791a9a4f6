package dev.interactions4j.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.tools.ToolErrorPolicy;
import dev.interactions4j.tools.ToolSet;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.WireJson;
import dev.interactions4j.wire.WireFormatException;
import java.util.List;
import dev.interactions4j.simulator.FuzzBudget;
import dev.interactions4j.simulator.JsonMutator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded mutations of valid model output against generated parsers: a parse gives a whole valid
 * value or an OutputMismatchException, never anything else; mutated tool arguments never reach the
 * implementation unless they are valid.
 */
class GeneratedParserFuzzTest {
  private static final int CASES = 5000;

  @Test
  void mutatedStructuredOutput_parsesWholeOrFailsTyped() {
    String valid = ContactSchema.TYPE.write(new Contact("Grace Hopper", "Navy Labs", "grace@navy.example",
        java.util.Optional.of("+1 555 0100"), List.of("COBOL", "compilers"), Contact.Urgency.HIGH));
    FuzzBudget budget = FuzzBudget.of(7, CASES);
    JsonMutator mutator = new JsonMutator(budget.seed());
    int parsed = 0;
    int mismatches = 0;
    while (budget.next()) {
      String mutated = mutator.mutate(valid);
      try {
        Contact contact = ContactSchema.TYPE.parse(mutated);
        assertTrue(contact.topics().size() <= 5 && contact.email().contains("@") && contact.name() != null, budget + ": " + mutated);
        parsed++;
      } catch (OutputMismatchException expected) {
        assertEquals(mutated, expected.rawText().orElseThrow(), budget.toString());
        mismatches++;
      } catch (RuntimeException | Error escaped) {
        throw new AssertionError(budget + ": escaped " + escaped + " for " + mutated, escaped);
      }
    }
    assertEquals(budget.cases(), parsed + mismatches);
    assertTrue(mismatches > budget.cases() / 2, "mutations mostly break the JSON: " + mismatches);
    System.out.println("structured output: " + budget + ", " + parsed + " parsed, " + mismatches + " mismatches");
  }

  @Test
  void mutatedToolArguments_neverReachTheImplementationInvalid() {
    LocalTravelTools local = new LocalTravelTools();
    ToolSet tools = TravelToolsFunctions.bind(local);
    String valid = "{\"restaurant\":\"Chez Anna\",\"day\":\"2026-12-01\",\"people\":4}";
    FuzzBudget budget = FuzzBudget.of(11, CASES);
    JsonMutator mutator = new JsonMutator(budget.seed());
    int errors = 0;
    while (budget.next()) {
      int i = budget.cases();
      String mutated = mutator.mutate(valid);
      ObjectNode arguments;
      try {
        arguments = WireJson.readObject(mutated);
      } catch (WireFormatException notAnObject) {
        continue; // the wire reader rejects it before any tool sees it
      }
      int callsBefore = local.calls().size();
      Step.FunctionResult result =
          tools.execute(new Step.FunctionCall("c" + i, "book", arguments, null), ToolErrorPolicy.SEND_TO_MODEL);
      boolean invalid = Boolean.TRUE.equals(result.isError())
          && result.result().get("error").asString().startsWith("Invalid arguments for 'book'");
      if (invalid) {
        errors++;
        assertEquals(callsBefore, local.calls().size(), budget + ": invalid arguments reached the tool: " + mutated);
      } else {
        assertEquals(callsBefore + 1, local.calls().size(), budget + ": " + mutated);
        int people = arguments.get("people").asInt();
        assertTrue(people >= 1 && people <= 12, budget + ": the @Min(1) @Max(12) bounds held for " + mutated);
      }
    }
    assertTrue(errors > 0);
    System.out.println("tool arguments: " + budget + ", " + errors + " refused before the tool");
  }
}
