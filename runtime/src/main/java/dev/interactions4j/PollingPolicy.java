package dev.interactions4j;

import java.time.Duration;
import java.util.Objects;

/**
 * How often to poll a background interaction: starting at {@code initialInterval}, growing by
 * {@code multiplier} up to {@code maxInterval}.
 *
 * @param initialInterval the first wait
 * @param maxInterval the longest wait
 * @param multiplier growth per poll, at least 1
 */
public record PollingPolicy(Duration initialInterval, Duration maxInterval, double multiplier) {

  public PollingPolicy {
    Objects.requireNonNull(initialInterval, "initialInterval");
    Objects.requireNonNull(maxInterval, "maxInterval");
    if (multiplier < 1) {
      throw new IllegalArgumentException("multiplier must be at least 1 but is " + multiplier);
    }
  }

  /** 1 s growing by 1.5 up to 15 s: research agents run for minutes. */
  public static PollingPolicy defaults() {
    return new PollingPolicy(Duration.ofSeconds(1), Duration.ofSeconds(15), 1.5);
  }

  Duration next(Duration current) {
    long next = Math.round(current.toMillis() * multiplier);
    return Duration.ofMillis(Math.min(next, maxInterval.toMillis()));
  }
}
