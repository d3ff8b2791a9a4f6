package dev.interactions4j;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The API version in every path the client calls, e.g. {@code /v1/interactions}: {@link #V1}
 * (the Interactions API is generally available there) or {@link #V1BETA} (early features; the
 * default) on the Gemini API, {@link #V1} or {@link #V1BETA1} (the default) on the Agent
 * Platform. A version this library does not know yet is kept as given by {@link #of(String)},
 * so a new one needs no new release.
 */
public final class ApiVersion {
  /** Generally available: the Interactions API since June 2026, on both endpoints. */
  public static final ApiVersion V1 = new ApiVersion("v1");
  /** The Gemini API's beta version: early features, and the one every Google SDK defaults to there. */
  public static final ApiVersion V1BETA = new ApiVersion("v1beta");
  /** The Agent Platform's beta version, the default of Google's SDKs there. */
  public static final ApiVersion V1BETA1 = new ApiVersion("v1beta1");

  /** {@code v}, a major number, then an optional stage such as {@code beta}, {@code alpha2}. */
  private static final Pattern SHAPE = Pattern.compile("v[1-9][0-9]{0,2}(?:(?:alpha|beta|preview)[0-9]{0,3})?");

  private final String value;

  private ApiVersion(String value) {
    this.value = value;
  }

  /**
   * The version of this path segment, e.g. {@code "v1"}; known ones are the constants.
   *
   * @throws IllegalArgumentException when {@code value} is not shaped like a version
   */
  public static ApiVersion of(String value) {
    Objects.requireNonNull(value, "value");
    String segment = value.strip();
    for (ApiVersion known : new ApiVersion[] {V1, V1BETA, V1BETA1}) {
      if (known.value.equals(segment)) {
        return known;
      }
    }
    if (!SHAPE.matcher(segment).matches()) {
      throw new IllegalArgumentException("API version '" + value + "' is not one; expected a path segment such as v1, v1beta"
          + " (Gemini API) or v1beta1 (Agent Platform)");
    }
    return new ApiVersion(segment);
  }

  /** The path segment, e.g. {@code v1beta}. */
  public String value() {
    return value;
  }

  /** Whether the Gemini API serves it: {@code v1beta1} is the Agent Platform's alone. */
  boolean servedByGeminiApi() {
    return !equals(V1BETA1);
  }

  /** Whether the Agent Platform serves it: {@code v1beta} is the Gemini API's alone. */
  boolean servedByAgentPlatform() {
    return !equals(V1BETA);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiVersion version && version.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
