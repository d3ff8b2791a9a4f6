package dev.interactions4j.internal;

import dev.interactions4j.schema.JsonReader;
import dev.interactions4j.schema.JsonWriter;
import dev.interactions4j.schema.OutputType;
import dev.interactions4j.tools.FunctionInvoker;
import dev.interactions4j.tools.ToolFunction;
import dev.interactions4j.wire.Tool;

/**
 * The route by which generated code hands the runtime its schemas: the processor wrote them as
 * compact JSON (every string escaped, no name twice), so they are wrapped as they are ({@link
 * RawJsonObject#trusted}) and never parsed or checked again at run time, only sent. The public
 * factories ({@code OutputType.of(String, String, ...)}, {@code ToolFunction.of}) keep checking
 * text written by hand.
 */
public final class TrustedSchemas {
  private TrustedSchemas() {}

  /** The output type of a generated {@code <T>Schema} class, with the schema text it holds. */
  public static <T> OutputType<T> outputType(
      String name, String compactSchema, JsonReader<T> reader, JsonWriter<T> writer) {
    return OutputType.of(name, RawJsonObject.trusted(compactSchema), reader, writer);
  }

  /** A generated function: its declaration with the parameters schema text the processor wrote. */
  public static ToolFunction function(
      String name, String description, String compactParameters, FunctionInvoker invoker) {
    return new ToolFunction(
        new Tool.Function(name, description, RawJsonObject.trusted(compactParameters)), invoker);
  }
}
