package dev.interactions4j.schema;

import dev.interactions4j.internal.JsonInput;

/**
 * Reads one JSON value from a {@link JsonInput} positioned on the value's first token, leaving it
 * on the value's last token. Generated parsers compose these for collections and nested types.
 *
 * @param <T> the Java type read
 */
@FunctionalInterface
public interface JsonReader<T> {
  /**
   * Reads the value at the input's current token.
   *
   * @throws OutputMismatchException if the JSON does not have the expected shape
   */
  T read(JsonInput in);
}
