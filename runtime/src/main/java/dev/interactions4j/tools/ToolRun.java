package dev.interactions4j.tools;

import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.Usage;
import java.util.List;

/**
 * What a tool loop did: the final answer, the rounds of calls and their results, summed usage.
 *
 * @param result the final interaction
 * @param rounds rounds of function calls run
 * @param calls every call the model made, in order
 * @param results every result sent, in order
 * @param usage usage summed over every interaction of the loop
 */
public record ToolRun(Interaction result, int rounds, List<Step.FunctionCall> calls,
    List<Step.FunctionResult> results, Usage usage) {

  public ToolRun {
    calls = List.copyOf(calls);
    results = List.copyOf(results);
  }

  /** The final text. */
  public String text() {
    return result.text();
  }
}
