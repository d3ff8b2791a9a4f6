package dev.interactions4j.service;

import dev.interactions4j.schema.GeminiOutput;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text of a {@link GeminiService} method's input, with {@code {name}} standing for the
 * parameter {@code name}: {@code @Prompt("Plan {days} days in {city}.") Itinerary plan(String
 * city, int days)}. Checked at compile time: every placeholder names a parameter, and every
 * parameter that is not media appears. {@link GeminiOutput} values are written as JSON, other
 * values with {@code String.valueOf}; {@code {{} and {@code }}} stand for braces.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Prompt {
  /** The template. */
  String value();
}
