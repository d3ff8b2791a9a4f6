package dev.interactions4j.schema;

import tools.jackson.core.JsonGenerator;

/**
 * Writes one Java value as one JSON value. Generated writers compose these for collections and
 * nested types.
 *
 * @param <T> the Java type written
 */
@FunctionalInterface
public interface JsonWriter<T> {
  /** Writes {@code value} (never {@code null} for required values) to {@code generator}. */
  void write(T value, JsonGenerator generator);
}
