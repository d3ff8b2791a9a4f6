package dev.interactions4j.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The system instruction of a {@link GeminiService}'s calls; on a method, it replaces the interface's. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SystemInstruction {
  /** The instruction. */
  String value();
}
