package dev.interactions4j.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import tools.jackson.databind.JsonNode;

/** Checks the RS256 JWT of a per-request delivery; every unknown is a refusal (fail closed). */
final class JwtCheck {
  private final JwksKeys keys;
  private final String audience;
  private final Duration tolerance;

  JwtCheck(JwksKeys keys, String audience, Duration tolerance) {
    this.keys = keys;
    this.audience = audience;
    this.tolerance = tolerance;
  }

  boolean matches(String webhookId, String token, byte[] body, Instant now) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return false;
    }
    Base64.Decoder url = Base64.getUrlDecoder();
    try {
      JsonNode header = WebhookVerifier.json(url.decode(parts[0]));
      JsonNode claims = WebhookVerifier.json(url.decode(parts[1]));
      if (header == null || claims == null || !"RS256".equals(header.path("alg").asString(""))) {
        return false;
      }
      PublicKey key = keys.key(header.path("kid").asString(""));
      if (key == null || !signed(key, parts, url.decode(parts[2]))) {
        return false;
      }
      boolean forUs = audience.equals(claims.path("aud").asString(""));
      boolean fresh = claims.path("exp").isNumber() && Instant.ofEpochSecond(claims.get("exp").asLong()).plus(tolerance).isAfter(now);
      String claimedId = claims.path("webhook_id").asString(null);
      byte[] bodyHash = MessageDigest.getInstance("SHA-256").digest(body);
      String claimedHash = claims.path("body_sha256").asString(null);
      return forUs && fresh && (claimedId == null || claimedId.equals(webhookId)) && claimedHash != null
          && MessageDigest.isEqual(bodyHash, url.decode(claimedHash));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return false;
    }
  }

  private static boolean signed(PublicKey key, String[] parts, byte[] signature) throws GeneralSecurityException {
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initVerify(key);
    rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    return rsa.verify(signature);
  }
}
