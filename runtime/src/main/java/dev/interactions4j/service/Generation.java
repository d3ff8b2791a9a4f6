package dev.interactions4j.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generation settings of a {@link GeminiService}'s calls ({@code generation_config}, and the
 * {@code service_tier}); on a method, its settings replace the interface's one by one. Unset
 * values are not sent.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Generation {
  /** Sampling temperature, 0 to 2; unset when negative. */
  double temperature() default -1;

  /** The most tokens to generate; unset when 0. */
  int maxOutputTokens() default 0;

  /** {@code minimal}, {@code low}, {@code medium} or {@code high}; unset when empty. */
  String thinkingLevel() default "";

  /** A fixed seed for repeatable sampling; unset when negative. */
  long seed() default -1;

  /**
   * The {@code service_tier} of the calls ({@code flex}, {@code standard}, {@code priority}),
   * sent beside {@code generation_config}; unset when empty.
   */
  String serviceTier() default "";
}
