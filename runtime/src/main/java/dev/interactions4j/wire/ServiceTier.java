package dev.interactions4j.wire;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code service_tier} of a request and of an answer: {@link #FLEX} (cheaper, sheddable),
 * {@link #STANDARD} (the default) or {@link #PRIORITY}. A value the library does not know (the
 * SDK's undocumented {@code deferred}, or one added later) is kept as it came.
 *
 * @param value the wire value, e.g. {@code flex}
 */
public record ServiceTier(String value) {
  public static final ServiceTier FLEX = new ServiceTier("flex");
  public static final ServiceTier STANDARD = new ServiceTier("standard");
  public static final ServiceTier PRIORITY = new ServiceTier("priority");
  private static final Set<String> KNOWN = Set.of("flex", "standard", "priority");

  public ServiceTier {
    Objects.requireNonNull(value, "value");
  }

  /** The tier named {@code value} (any case); unknown names are kept. */
  public static ServiceTier of(String value) {
    return new ServiceTier(value.strip().toLowerCase(Locale.ROOT));
  }

  /** Whether this is one of the documented tiers. */
  public boolean isKnown() {
    return KNOWN.contains(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
