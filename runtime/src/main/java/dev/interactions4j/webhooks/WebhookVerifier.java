package dev.interactions4j.webhooks;

import static dev.interactions4j.webhooks.WebhookVerificationException.Reason.BAD_SIGNATURE;
import static dev.interactions4j.webhooks.WebhookVerificationException.Reason.MALFORMED;
import static dev.interactions4j.webhooks.WebhookVerificationException.Reason.REPLAY;
import static dev.interactions4j.webhooks.WebhookVerificationException.Reason.STALE_TIMESTAMP;

import dev.interactions4j.wire.WireJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Verifies webhook deliveries, by the Standard Webhooks scheme the Gemini API follows: the raw
 * body, {@code webhook-id}, {@code webhook-timestamp} (within a tolerance, 5 minutes by default)
 * and {@code webhook-signature} ({@code v1,<base64 HMAC-SHA256 of id.timestamp.body>}, several
 * during a secret's rotation), compared in constant time; a {@code webhook-id} seen before is
 * reported as a replay. Per-request webhooks carry an RS256 JWT there instead, checked against
 * {@link JwksKeys} (see {@link Builder#jwt}). Thread-safe.
 */
public final class WebhookVerifier {
  private final List<byte[]> keys;
  private final Duration tolerance;
  private final Clock clock;
  private final ReplayGuard replays;
  private final JwtCheck jwt;

  private WebhookVerifier(Builder builder) {
    this.keys = List.copyOf(builder.keys);
    this.tolerance = builder.tolerance;
    this.clock = builder.clock;
    this.replays = new ReplayGuard(builder.tolerance, builder.replayCapacity);
    this.jwt = builder.jwks == null ? null : new JwtCheck(builder.jwks, builder.audience, builder.tolerance);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Verifies a delivery from its headers (any case) and raw body bytes. */
  public WebhookEvent verify(Map<String, List<String>> headers, byte[] body) throws WebhookVerificationException {
    return verify(header(headers, "webhook-id"), header(headers, "webhook-timestamp"), header(headers, "webhook-signature"), body);
  }

  /** Verifies a delivery from its three headers and raw body bytes (never re-serialized JSON). */
  public WebhookEvent verify(String id, String timestamp, String signature, byte[] body) throws WebhookVerificationException {
    if (id == null || id.isBlank() || timestamp == null || signature == null || body == null) {
      throw new WebhookVerificationException(MALFORMED, id, "A delivery needs webhook-id, webhook-timestamp and webhook-signature");
    }
    Instant sent;
    try {
      sent = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
    } catch (NumberFormatException e) {
      throw new WebhookVerificationException(MALFORMED, id, "webhook-timestamp is not Unix seconds");
    }
    Instant now = clock.instant();
    if (Duration.between(sent, now).abs().compareTo(tolerance) > 0) {
      throw new WebhookVerificationException(STALE_TIMESTAMP, id, "webhook-timestamp is " + Duration.between(sent, now).toSeconds()
          + " s from now; the tolerance is " + tolerance.toSeconds() + " s");
    }
    boolean verified = signature.contains("v1,") ? hmacMatches(id, timestamp.strip(), signature, body)
        : jwtMatches(id, signature.strip(), body, now);
    if (!verified) {
      throw new WebhookVerificationException(BAD_SIGNATURE, id, "No signature matches");
    }
    if (!replays.firstTime(id, now)) {
      throw new WebhookVerificationException(REPLAY, id, "webhook-id " + id + " was delivered before");
    }
    try {
      return WebhookEvent.read(id, WireJson.readTree(new String(body, StandardCharsets.UTF_8)));
    } catch (JacksonException e) {
      throw new WebhookVerificationException(MALFORMED, id, "The signed body is not JSON");
    }
  }

  private boolean hmacMatches(String id, String timestamp, String signature, byte[] body) {
    List<byte[]> given = new ArrayList<>();
    for (String entry : signature.split(" ")) {
      if (entry.startsWith("v1,")) {
        try {
          given.add(Base64.getDecoder().decode(entry.substring(3)));
        } catch (IllegalArgumentException malformed) {
          // One undecodable entry spoils nothing else.
        }
      }
    }
    boolean matched = false;
    for (byte[] key : keys) {
      byte[] expected = hmac(key, id, timestamp, body);
      for (byte[] candidate : given) {
        matched |= MessageDigest.isEqual(expected, candidate);
      }
    }
    return matched;
  }

  private boolean jwtMatches(String id, String token, byte[] body, Instant now) throws WebhookVerificationException {
    if (jwt == null) {
      // Fail closed: a JWT cannot be checked without keys and an audience.
      throw new WebhookVerificationException(BAD_SIGNATURE, id, "A JWT signature, but no JWKS keys were configured (Builder.jwt)");
    }
    return jwt.matches(id, token, body, now);
  }

  static byte[] hmac(byte[] key, String id, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
    }
  }

  private static String header(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey() != null && entry.getKey().toLowerCase(Locale.ROOT).equals(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "WebhookVerifier[secrets=" + keys.size() + ", tolerance=" + tolerance + ", jwt=" + (jwt != null) + "]";
  }

  /** Builds a {@link WebhookVerifier}. */
  public static final class Builder {
    private final List<byte[]> keys = new ArrayList<>();
    private Duration tolerance = Duration.ofMinutes(5);
    private Clock clock = Clock.systemUTC();
    private int replayCapacity = 100_000;
    private JwksKeys jwks;
    private String audience;

    private Builder() {}

    /** A signing secret ({@code whsec_...}); add the old and the new one during a rotation. */
    public Builder secret(String value) {
      String base64 = Objects.requireNonNull(value, "secret").startsWith("whsec_") ? value.substring(6) : value;
      try {
        keys.add(Base64.getDecoder().decode(base64));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("A webhook secret is whsec_ followed by base64");
      }
      return this;
    }

    /** How far a timestamp may be from now; 5 minutes by default. */
    public Builder tolerance(Duration value) {
      tolerance = Objects.requireNonNull(value);
      return this;
    }

    /** The clock (tests); the system's by default. */
    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value);
      return this;
    }

    /** How many recent webhook-ids are remembered against replays; 100,000 by default. */
    public Builder replayCapacity(int value) {
      replayCapacity = value;
      return this;
    }

    /**
     * Accept per-request deliveries signed with a JWT from these keys for {@code audience}.
     * Google documents neither the claims nor how the body is bound, so this checks, and
     * requires: RS256, a known {@code kid}, {@code aud}, {@code exp}, and a {@code body_sha256}
     * claim equal to the body's hash; a JWT without one is refused (fail closed).
     */
    public Builder jwt(JwksKeys keysValue, String audienceValue) {
      jwks = Objects.requireNonNull(keysValue);
      audience = Objects.requireNonNull(audienceValue);
      return this;
    }

    public WebhookVerifier build() {
      if (keys.isEmpty() && jwks == null) {
        throw new IllegalStateException("A verifier needs a secret or JWKS keys");
      }
      return new WebhookVerifier(this);
    }
  }

  /** Reads a JSON claim set; null for one that does not parse. */
  static JsonNode json(byte[] bytes) {
    try {
      return WireJson.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      return null;
    }
  }
}
