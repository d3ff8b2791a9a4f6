package dev.interactions4j.tools;

import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.Tool;
import dev.interactions4j.wire.WireJson;
import dev.interactions4j.wire.WireFormatException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Functions the model may call, by name. Generated {@code <Interface>Functions.bind(impl)} methods
 * make one per {@code @GeminiTool} interface; {@link #combine} joins several and refuses a name
 * used twice.
 */
public final class ToolSet {
  private final Map<String, ToolFunction> functions;

  private ToolSet(Map<String, ToolFunction> functions) {
    this.functions = functions;
  }

  /** A tool set of these functions. */
  public static ToolSet of(ToolFunction... functions) {
    return of(List.of(functions));
  }

  /** A tool set of these functions; names must be unique. */
  public static ToolSet of(Collection<ToolFunction> functions) {
    Map<String, ToolFunction> byName = new LinkedHashMap<>();
    for (ToolFunction function : functions) {
      if (byName.putIfAbsent(function.name(), function) != null) {
        throw new IllegalArgumentException("Function name '" + function.name()
            + "' is declared twice; rename one with @GeminiTool.Name or bind the tool sets separately");
      }
    }
    return new ToolSet(byName);
  }

  /** The functions of all these tool sets; a name in two of them is an error. */
  public static ToolSet combine(ToolSet... sets) {
    List<ToolFunction> all = new ArrayList<>();
    for (ToolSet set : sets) {
      all.addAll(set.functions.values());
    }
    return of(all);
  }

  /** The function declarations to send as {@code tools}. */
  public List<Tool> declarations() {
    List<Tool> declarations = new ArrayList<>();
    functions.values().forEach(function -> declarations.add(function.declaration()));
    return declarations;
  }

  /** The function names, in declaration order. */
  public List<String> names() {
    return List.copyOf(functions.keySet());
  }

  /**
   * Runs one call and returns its result step, {@code call_id} matching. A name the set does not
   * have, or arguments that do not match the parameters, give an error result and run nothing.
   * A result that is not a JSON object is wrapped as {@code {"result": …}}, since the API wants
   * objects.
   *
   * @throws ToolExecutionException when the function throws and {@code policy} is RETHROW
   */
  public Step.FunctionResult execute(Step.FunctionCall call, ToolErrorPolicy policy) {
    ToolFunction function = functions.get(call.name());
    if (function == null) {
      return error(call, "Unknown function '" + call.name() + "'; the functions are " + names());
    }
    String result;
    try {
      result = function.invoker().invoke(call.arguments() == null ? "{}" : WireJson.toJson(call.arguments()));
    } catch (OutputMismatchException invalid) {
      return error(call, "Invalid arguments for '" + call.name() + "': " + invalid.getMessage());
    } catch (Exception failure) {
      if (policy == ToolErrorPolicy.RETHROW) {
        throw new ToolExecutionException(call.name(), null, failure);
      }
      return error(call, failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }
    return new Step.FunctionResult(call.id(), call.name(), asObject(result), null, null);
  }

  private static JsonNode asObject(String result) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonNode value;
    try {
      value = result == null ? nodes.nullNode() : WireJson.readTree(result);
    } catch (WireFormatException notJson) {
      value = nodes.stringNode(result);
    }
    if (value instanceof ObjectNode) {
      return value;
    }
    ObjectNode wrapped = nodes.objectNode();
    wrapped.set("result", value);
    return wrapped;
  }

  private static Step.FunctionResult error(Step.FunctionCall call, String message) {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("error", message);
    return new Step.FunctionResult(call.id(), call.name(), result, true, null);
  }

  @Override
  public String toString() {
    return "ToolSet" + names();
  }
}
