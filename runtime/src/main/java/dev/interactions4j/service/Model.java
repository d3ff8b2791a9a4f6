package dev.interactions4j.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The model of one {@link GeminiService} method, instead of the service's (an image model, say). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Model {
  /** The model, e.g. {@code gemini-2.5-flash-image}. */
  String value();
}
