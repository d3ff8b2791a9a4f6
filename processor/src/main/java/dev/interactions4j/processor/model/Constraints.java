package dev.interactions4j.processor.model;

import java.util.Optional;

/**
 * Validation constraints on one JSON value, already checked to fit its type. Bounds are decimal
 * strings exactly as written; {@code size} applies as length to strings and as item count to arrays
 * and maps.
 *
 * @param minimum lower numeric bound
 * @param minimumExclusive whether {@code minimum} itself is excluded (checked by the parser only)
 * @param maximum upper numeric bound
 * @param maximumExclusive whether {@code maximum} itself is excluded (checked by the parser only)
 * @param minSize smallest length or item count, 0 when unbounded
 * @param maxSize largest length or item count, {@link Integer#MAX_VALUE} when unbounded
 * @param pattern a Java regex the whole string must match
 * @param notBlank the string must have a non-whitespace character
 * @param email the string must look like an e-mail address
 */
public record Constraints(
    Optional<String> minimum,
    boolean minimumExclusive,
    Optional<String> maximum,
    boolean maximumExclusive,
    int minSize,
    int maxSize,
    Optional<String> pattern,
    boolean notBlank,
    boolean email) {

  /** No constraints. */
  public static final Constraints NONE =
      new Constraints(
          Optional.empty(),
          false,
          Optional.empty(),
          false,
          0,
          Integer.MAX_VALUE,
          Optional.empty(),
          false,
          false);

  /** Whether there is anything to check. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /** Whether a size bound is set. */
  public boolean hasSize() {
    return minSize > 0 || maxSize < Integer.MAX_VALUE;
  }

  /** Whether a numeric bound is set. */
  public boolean hasRange() {
    return minimum.isPresent() || maximum.isPresent();
  }
}
