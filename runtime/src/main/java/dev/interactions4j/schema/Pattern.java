package dev.interactions4j.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole string must match a Java regular expression. Sent as {@code pattern} anchored with
 * {@code ^(?:...)$}, so JSON Schema (which searches) and Java (which matches) agree.
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
public @interface Pattern {
  /** The regular expression; keep to the syntax Java and ECMAScript share. */
  String regexp();
}
