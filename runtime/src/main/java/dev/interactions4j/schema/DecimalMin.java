package dev.interactions4j.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated number must be at least (or above, when not inclusive) a decimal bound: schema
 * {@code minimum}, checked when parsing. Gemini accepts no {@code exclusiveMinimum}, so an
 * exclusive bound is sent as {@code minimum} and enforced exactly only by the parser.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.RECORD_COMPONENT,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER,
  ElementType.TYPE_USE
})
public @interface DecimalMin {
  /** The bound, a decimal number such as {@code "0.5"}. */
  String value();

  /** Whether the bound itself is allowed. */
  boolean inclusive() default true;
}
