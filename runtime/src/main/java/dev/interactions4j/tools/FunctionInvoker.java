package dev.interactions4j.tools;

/**
 * Runs one function with the model's arguments. Generated dispatchers implement it: they parse
 * and validate every argument first, so an invalid call never reaches user code.
 */
@FunctionalInterface
public interface FunctionInvoker {

  /**
   * Runs the function.
   *
   * @param argumentsJson the call's {@code arguments}, a JSON object as text
   * @return the result as JSON text (any JSON value), or null for a function without one
   * @throws dev.interactions4j.schema.OutputMismatchException if the arguments do not match the
   *     parameters; the function was not called
   * @throws Exception whatever the function itself throws
   */
  String invoke(String argumentsJson) throws Exception;
}
