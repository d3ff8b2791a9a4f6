package dev.interactions4j.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The description the model sees for a type, record component, enum constant, parameter or method.
 * Overrides the Javadoc text the processor would otherwise use.
 *
 * <p>Class retention keeps it readable from class files, so descriptions survive when a type is
 * compiled in another compilation unit (where its Javadoc is no longer available).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.TYPE,
  ElementType.RECORD_COMPONENT,
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.METHOD
})
public @interface Description {
  /** The description text, plain text or light markdown. */
  String value();
}
