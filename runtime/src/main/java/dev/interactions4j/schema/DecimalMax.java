package dev.interactions4j.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated number must be at most (or below, when not inclusive) a decimal bound: schema
 * {@code maximum}, checked when parsing. An exclusive bound is enforced exactly only by the parser.
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
public @interface DecimalMax {
  /** The bound, a decimal number such as {@code "99.5"}. */
  String value();

  /** Whether the bound itself is allowed. */
  boolean inclusive() default true;
}
