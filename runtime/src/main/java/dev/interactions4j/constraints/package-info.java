/**
 * Constraint annotations for {@link dev.interactions4j.GeminiOutput} types. The processor reads
 * constraints by simple name, so Jakarta Validation's annotations of the same names work too.
 */
package dev.interactions4j.constraints;
