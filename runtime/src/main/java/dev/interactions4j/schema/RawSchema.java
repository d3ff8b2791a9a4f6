package dev.interactions4j.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The escape hatch for a value the processor cannot describe: the component's JSON Schema, written
 * by hand. The component must be a {@code String}; it receives the raw JSON text of the value, and
 * is written back verbatim. The processor checks at compile time that the text is JSON and uses
 * only keywords Gemini accepts.
 *
 * <pre>{@code
 * @RawSchema("{\"type\": \"object\", \"properties\": {\"lat\": {\"type\": \"number\"}}}")
 * String location
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface RawSchema {
  /** The JSON Schema of the component, as JSON text. */
  String value();
}
