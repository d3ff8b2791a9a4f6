/**
 * Structured output: {@link dev.interactions4j.schema.GeminiOutput} on records, enums and sealed
 * interfaces, the annotations that shape their JSON Schema ({@link
 * dev.interactions4j.schema.Description}, {@link dev.interactions4j.schema.JsonName}, {@link
 * dev.interactions4j.schema.RawSchema} and the constraints such as {@link
 * dev.interactions4j.schema.Size}), the {@link dev.interactions4j.schema.OutputType} descriptor the
 * processor generates for each type, and {@link dev.interactions4j.schema.OutputMismatchException}.
 *
 * <p>The processor reads constraints and {@code @Nullable} by simple name, so Jakarta Validation's
 * and JSpecify's annotations of the same names work too. Nothing here uses reflection.
 */
package dev.interactions4j.schema;
