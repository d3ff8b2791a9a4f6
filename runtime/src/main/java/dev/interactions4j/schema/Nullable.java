package dev.interactions4j.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The component may be absent or {@code null}: it is left out of {@code required} and its schema
 * allows {@code null}. Any annotation named {@code Nullable} (JSpecify, Jakarta, JetBrains) works
 * alike.
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
public @interface Nullable {}
