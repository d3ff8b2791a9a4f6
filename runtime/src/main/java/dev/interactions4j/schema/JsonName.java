package dev.interactions4j.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JSON name of a record component or enum constant, or the discriminator value of a record that
 * is a permitted subtype of a sealed {@link GeminiOutput} interface. Without it the Java name is
 * used unchanged. Jackson's {@code @JsonProperty("...")} is honoured the same way.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.TYPE})
public @interface JsonName {
  /** The name used in JSON. */
  String value();
}
