package dev.interactions4j.internal;

import dev.interactions4j.schema.OutputMismatchException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Constraint checks generated parsers run after reading a value. Each returns the value, so a check
 * wraps the read expression, and throws {@link OutputMismatchException} at the current pointer when
 * the value breaks the constraint.
 */
public final class Checks {
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private Checks() {}

  /**
   * Checks a number against optional bounds, given as decimal strings ({@code null} when absent).
   */
  public static <N extends Number> N range(
      JsonInput in, N value, String min, boolean minExclusive, String max, boolean maxExclusive) {
    BigDecimal decimal = decimal(value);
    if (min != null) {
      int compared = decimal.compareTo(new BigDecimal(min));
      if (compared < 0 || (minExclusive && compared == 0)) {
        throw in.mismatch("a number " + (minExclusive ? "> " : ">= ") + min);
      }
    }
    if (max != null) {
      int compared = decimal.compareTo(new BigDecimal(max));
      if (compared > 0 || (maxExclusive && compared == 0)) {
        throw in.mismatch("a number " + (maxExclusive ? "< " : "<= ") + max);
      }
    }
    return value;
  }

  private static BigDecimal decimal(Number value) {
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    }
    if (value instanceof Double || value instanceof Float) {
      return new BigDecimal(value.toString());
    }
    return BigDecimal.valueOf(value.longValue());
  }

  /** Checks a string's length in code points, as JSON Schema counts it. */
  public static String length(JsonInput in, String value, int min, int max) {
    int length = value.codePointCount(0, value.length());
    if (length < min || length > max) {
      throw in.mismatch("a string of " + bounds(min, max) + " characters");
    }
    return value;
  }

  /** Checks the number of elements of a list or set. */
  public static <C extends Collection<?>> C items(JsonInput in, C value, int min, int max) {
    if (value.size() < min || value.size() > max) {
      throw in.mismatch("an array of " + bounds(min, max) + " items");
    }
    return value;
  }

  /** Checks the number of entries of a map. */
  public static <M extends Map<?, ?>> M entries(JsonInput in, M value, int min, int max) {
    if (value.size() < min || value.size() > max) {
      throw in.mismatch("an object of " + bounds(min, max) + " properties");
    }
    return value;
  }

  private static String bounds(int min, int max) {
    if (max == Integer.MAX_VALUE) {
      return "at least " + min;
    }
    return min == 0 ? "at most " + max : min + " to " + max;
  }

  /** Checks that the whole string matches {@code regex}. */
  public static String pattern(JsonInput in, String value, String regex) {
    if (!PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(value).matches()) {
      throw in.mismatch("a string matching " + regex);
    }
    return value;
  }

  /** Checks that a string has a non-whitespace character. */
  public static String notBlank(JsonInput in, String value) {
    if (value.isBlank()) {
      throw in.mismatch("a non-blank string");
    }
    return value;
  }

  /** Checks that a string looks like an e-mail address. */
  public static String email(JsonInput in, String value) {
    if (!EMAIL.matcher(value).matches()) {
      throw in.mismatch("an e-mail address");
    }
    return value;
  }
}
