package dev.interactions4j.schema;

import dev.interactions4j.GeminiException;
import java.util.Optional;

/**
 * The model's answer does not match the structured output type: malformed JSON, a wrong type, a
 * missing required property, an unknown enum constant or discriminator, or a broken constraint.
 *
 * <p>Carries where it went wrong as a JSON pointer ({@code /ingredients/2/amount}, empty for the
 * root), what was expected there, what was found, and the model's raw text, so that callers can log
 * it or send it back to the model in a repair turn. Parsers know neither the raw text nor the
 * interaction id at the point of failure; {@link OutputType#parse(String)} adds the text and the
 * client adds the id with {@link #withInteractionId(String)}.
 */
public final class OutputMismatchException extends GeminiException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String expected;
  private final String found;
  private final String rawText;

  /**
   * Creates a mismatch without raw text or interaction id.
   *
   * @param pointer the JSON pointer of the offending value, {@code ""} for the root
   * @param expected what the schema wants there, e.g. {@code "an integer"}
   * @param found what was there, e.g. {@code "\"two\""} or {@code "nothing"}
   */
  public OutputMismatchException(String pointer, String expected, String found) {
    this(pointer, expected, found, null, null, null);
  }

  /**
   * Creates a mismatch with every detail.
   *
   * @param pointer the JSON pointer of the offending value, {@code ""} for the root
   * @param expected what the schema wants there
   * @param found what was there
   * @param rawText the model's whole answer, or {@code null} when unknown
   * @param interactionId the interaction that produced the answer, or {@code null} when unknown
   * @param cause the underlying parse error, or {@code null}
   */
  public OutputMismatchException(
      String pointer,
      String expected,
      String found,
      String rawText,
      String interactionId,
      Throwable cause) {
    super(message(pointer, expected, found), interactionId, cause);
    this.pointer = pointer;
    this.expected = expected;
    this.found = found;
    this.rawText = rawText;
  }

  private static String message(String pointer, String expected, String found) {
    String where = pointer.isEmpty() ? "the root" : pointer;
    return "Model output does not match the expected structure at "
        + where
        + ": expected "
        + expected
        + ", found "
        + found;
  }

  /** The JSON pointer (RFC 6901) of the offending value; {@code ""} means the whole document. */
  public String pointer() {
    return pointer;
  }

  /** What the schema expects at {@link #pointer()}, e.g. {@code "an integer"}. */
  public String expected() {
    return expected;
  }

  /** What the answer has at {@link #pointer()}, e.g. {@code "\"two\""} or {@code "nothing"}. */
  public String found() {
    return found;
  }

  /** The model's whole answer, when known. */
  public Optional<String> rawText() {
    return Optional.ofNullable(rawText);
  }

  /** A copy of this exception that names the interaction whose answer failed to parse. */
  public OutputMismatchException withInteractionId(String interactionId) {
    return copy(rawText, interactionId);
  }

  /** A copy of this exception that carries the model's whole answer. */
  public OutputMismatchException withRawText(String rawText) {
    return copy(rawText, interactionId().orElse(null));
  }

  private OutputMismatchException copy(String text, String id) {
    Throwable cause = getCause();
    OutputMismatchException copy =
        new OutputMismatchException(pointer, expected, found, text, id, cause);
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
