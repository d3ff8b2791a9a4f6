package dev.interactions4j.simulator;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signs deliveries. Project webhooks: Standard Webhooks, {@code v1,} + base64 HMAC-SHA256 of
 * {@code id.timestamp.body} with each valid secret. Per-request webhooks: an RS256 JWT whose key
 * the simulator publishes as a JWKS; its claims are the simulator's choice, since Google documents
 * none ({@code aud}, {@code iat}, {@code exp}, {@code webhook_id}, and {@code body_sha256} binding the body).
 */
final class WebhookSigner {
  static final String JWKS_PATH = "/.well-known/jwks.json";
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private final String keyId = "simulator-key-1";
  private final String issuer;
  private final String audience;

  WebhookSigner(String issuer, String audience) {
    this.issuer = issuer;
    this.audience = audience;
  }

  /**
   * One fixed key for every simulator, read from the simulator's jar on first use. It signs only
   * simulated deliveries, so it is no secret; a fixed key spares each run an RSA key generation,
   * which takes seconds on a busy machine.
   */
  private static final class Key {
    static final KeyPair PAIR = load();

    private static KeyPair load() {
      try (java.io.InputStream in = WebhookSigner.class.getResourceAsStream("webhook-signing-key.pem")) {
        String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        java.security.KeyFactory rsa = java.security.KeyFactory.getInstance("RSA");
        java.security.interfaces.RSAPrivateCrtKey privateKey = (java.security.interfaces.RSAPrivateCrtKey)
            rsa.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        java.security.PublicKey publicKey = rsa.generatePublic(
            new java.security.spec.RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new KeyPair(publicKey, privateKey);
      } catch (java.io.IOException | GeneralSecurityException e) {
        throw new IllegalStateException("The simulator's webhook signing key cannot be read", e);
      }
    }
  }

  /** The {@code webhook-signature} value: one {@code v1,<base64>} per secret, space-separated. */
  static String standard(List<String> secrets, String id, long timestamp, byte[] body) {
    StringBuilder signatures = new StringBuilder();
    for (String secret : secrets) {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        signatures.append(signatures.isEmpty() ? "" : " ").append("v1,")
            .append(Base64.getEncoder().encodeToString(mac.doFinal(body)));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
      }
    }
    return signatures.toString();
  }

  /** The JWT of a per-request delivery. */
  String jwt(String id, long timestamp, byte[] body) {
    ObjectNode header = JsonNodeFactory.instance.objectNode().put("alg", "RS256").put("typ", "JWT").put("kid", keyId);
    ObjectNode claims = JsonNodeFactory.instance.objectNode();
    claims.put("iss", issuer);
    claims.put("aud", audience);
    claims.put("iat", timestamp);
    claims.put("exp", timestamp + 300);
    claims.put("webhook_id", id);
    try {
      claims.put("body_sha256", URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(body)));
      String signed = URL.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
          + URL.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(Key.PAIR.getPrivate());
      signature.update(signed.getBytes(StandardCharsets.US_ASCII));
      return signed + "." + URL.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA256withRSA is missing from the JDK", e);
    }
  }

  /** The public key as a JWKS document. */
  String jwks() {
    RSAPublicKey publicKey = (RSAPublicKey) Key.PAIR.getPublic();
    ObjectNode jwks = JsonNodeFactory.instance.objectNode();
    jwks.putArray("keys").addObject().put("kty", "RSA").put("kid", keyId).put("use", "sig").put("alg", "RS256")
        .put("n", URL.encodeToString(unsigned(publicKey.getModulus())))
        .put("e", URL.encodeToString(unsigned(publicKey.getPublicExponent())));
    return jwks.toString();
  }

  String audience() {
    return audience;
  }

  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }
}
