package dev.interactions4j.processor.validation;

/**
 * Thrown when a type a reader looks at does not exist yet ({@code TypeKind.ERROR}), typically
 * because another processor generates it in a later round. The step defers the type and retries.
 */
public final class MissingTypeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String typeName;

  /**
   * @param typeName the missing type as written in source
   */
  public MissingTypeException(String typeName) {
    super(typeName, null, false, false);
    this.typeName = typeName;
  }

  /** The missing type as written in source. */
  public String typeName() {
    return typeName;
  }
}
