package dev.interactions4j;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When and how long to wait before trying a call again: jittered exponential backoff on HTTP 408,
 * 409, 429 and 5xx and on broken connections, honouring {@code Retry-After}, bounded in attempts
 * and in total time.
 *
 * @param maxAttempts attempts in all, the first one included (1 = no retry)
 * @param initialBackoff the wait before the second attempt
 * @param maxBackoff the longest computed wait
 * @param multiplier growth of the wait per attempt
 * @param jitter the fraction of each wait that is random, 0 to 1 (spreads clients out)
 * @param maxElapsed the total time after which no further attempt starts
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff,
    double multiplier, double jitter, Duration maxElapsed) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1 but is " + maxAttempts);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxElapsed, "maxElapsed");
    if (multiplier < 1) {
      throw new IllegalArgumentException("multiplier must be at least 1 but is " + multiplier);
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("jitter must be between 0 and 1 but is " + jitter);
    }
  }

  /** Five attempts, 0.5 s doubling up to 8 s, 20% jitter, within 60 s. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(8), 2.0, 0.2, Duration.ofSeconds(60));
  }

  /** No retries. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0, 0, Duration.ZERO);
  }

  /** Whether an HTTP status is worth another attempt. */
  public static boolean isRetryable(int httpStatus) {
    return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || httpStatus >= 500;
  }

  /** The longest {@code Retry-After} taken as it is; longer ones end the call like any wait past the budget. */
  static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

  /**
   * A {@code Retry-After} value (whole seconds or an HTTP date) as a wait, clamped to {@link
   * #LONGEST_RETRY_AFTER}; null when it is neither, or negative, so that the computed backoff
   * applies instead of no wait at all. A date already past means now.
   */
  static Duration retryAfter(String value) {
    String text = value.trim();
    if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // More digits than a long holds is still "a long time", not an error.
      return text.length() > 12 ? LONGEST_RETRY_AFTER : min(Duration.ofSeconds(Long.parseLong(text)));
    }
    try {
      ZonedDateTime when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
      return wait.isNegative() ? Duration.ZERO : min(wait);
    } catch (DateTimeParseException notDate) {
      return null;
    }
  }

  private static Duration min(Duration wait) {
    return wait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : wait;
  }

  /** The computed wait before attempt {@code attempt + 1}; {@code random} in [0, 1). */
  Duration backoff(int attempt, double random) {
    double base = initialBackoff.toMillis() * Math.pow(multiplier, attempt - 1);
    double capped = Math.min(base, maxBackoff.toMillis());
    double jittered = capped * (1 - jitter) + capped * jitter * random;
    return Duration.ofMillis(Math.round(jittered));
  }
}
