package dev.interactions4j.processor.model;

import java.util.Optional;

/** The JSON scalars a Java type maps to, with the JSON Schema {@code type} and {@code format}. */
public enum ScalarKind {
  STRING("string", null),
  CHAR("string", null),
  BOOLEAN("boolean", null),
  BYTE("integer", null),
  SHORT("integer", null),
  INT("integer", "int32"),
  LONG("integer", "int64"),
  BIG_INTEGER("integer", null),
  FLOAT("number", null),
  DOUBLE("number", null),
  BIG_DECIMAL("number", null),
  INSTANT("string", "date-time"),
  OFFSET_DATE_TIME("string", "date-time"),
  LOCAL_DATE("string", "date"),
  LOCAL_TIME("string", "time"),
  LOCAL_DATE_TIME("string", "date-time"),
  DURATION("string", "duration"),
  UUID("string", "uuid"),
  URI("string", "uri");

  private final String jsonType;
  private final String format;

  ScalarKind(String jsonType, String format) {
    this.jsonType = jsonType;
    this.format = format;
  }

  /** The JSON Schema {@code type}. */
  public String jsonType() {
    return jsonType;
  }

  /** The JSON Schema {@code format}, if any. */
  public Optional<String> format() {
    return Optional.ofNullable(format);
  }

  /** Whether JSON Schema numeric bounds apply. */
  public boolean isNumeric() {
    return jsonType.equals("integer") || jsonType.equals("number");
  }

  /** Whether string constraints (length, pattern) apply. */
  public boolean isText() {
    return this == STRING;
  }
}
