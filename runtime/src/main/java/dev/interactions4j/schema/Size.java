package dev.interactions4j.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds the length of a string ({@code minLength}/{@code maxLength}) or the size of a list, set,
 * array ({@code minItems}/{@code maxItems}) or map (checked when parsing only).
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
public @interface Size {
  /** The smallest allowed size. */
  int min() default 0;

  /** The largest allowed size. */
  int max() default Integer.MAX_VALUE;
}
