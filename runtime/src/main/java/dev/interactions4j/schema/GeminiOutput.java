package dev.interactions4j.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record, enum or sealed interface as a structured output type: at compile time the
 * processor generates {@code <Type>Schema} next to it, holding the JSON Schema, an {@code
 * OutputType<Type>} descriptor and reflection-free {@code parse}/{@code write} methods.
 *
 * <p>Javadoc of the type and the {@code @param} tags of a record become {@code description}s;
 * {@link Description} overrides them. See {@code docs/OUTPUT-TYPES.md} for the type mapping.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GeminiOutput {}
