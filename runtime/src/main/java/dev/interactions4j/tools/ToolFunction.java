package dev.interactions4j.tools;

import dev.interactions4j.wire.Tool;
import java.util.Objects;

/**
 * A function the model may call: its declaration and how to run it.
 *
 * @param declaration the {@code function} tool sent to the model
 * @param invoker runs it
 */
public record ToolFunction(Tool.Function declaration, FunctionInvoker invoker) {

  public ToolFunction {
    Objects.requireNonNull(declaration, "declaration");
    Objects.requireNonNull(invoker, "invoker");
  }

  /** A function declared with a JSON Schema for its parameters, given as text. */
  public static ToolFunction of(String name, String description, String parametersJson, FunctionInvoker invoker) {
    return new ToolFunction(Tool.Function.of(name, description, parametersJson), invoker);
  }

  /** The function's name. */
  public String name() {
    return declaration.name();
  }
}
