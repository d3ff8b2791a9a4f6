package dev.interactions4j.processor.model;

/** The Java shape of a JSON array. */
public enum ContainerKind {
  /** {@code java.util.List}. */
  LIST,
  /** {@code java.util.Collection}, read as a list. */
  COLLECTION,
  /** {@code java.util.Set}, read as an insertion-ordered set. */
  SET,
  /** An array of references, e.g. {@code String[]}. */
  OBJECT_ARRAY,
  /** An array of primitives, e.g. {@code int[]}. */
  PRIMITIVE_ARRAY
}
