package dev.interactions4j.processor.model;

/** How a record component may be missing from the JSON, and how Java represents that. */
public enum Presence {
  /** Required and non-null. */
  REQUIRED,
  /** {@code @Nullable}: not required, {@code null} allowed, Java {@code null} when absent. */
  NULLABLE,
  /** {@code java.util.Optional<X>}: not required, {@code null} allowed. */
  OPTIONAL,
  /** {@code java.util.OptionalInt}. */
  OPTIONAL_INT,
  /** {@code java.util.OptionalLong}. */
  OPTIONAL_LONG,
  /** {@code java.util.OptionalDouble}. */
  OPTIONAL_DOUBLE;

  /** Whether the property is listed in {@code required}. */
  public boolean required() {
    return this == REQUIRED;
  }
}
