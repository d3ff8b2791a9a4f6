package dev.interactions4j.webhooks;

import dev.interactions4j.wire.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The RSA keys of a JWKS document by {@code kid}, for the JWTs of per-request webhook deliveries.
 * Google documents {@code https://generativelanguage.googleapis.com/.well-known/jwks.json}.
 */
public final class JwksKeys {
  /** The JWKS URL the Gemini webhooks guide names. */
  public static final URI GEMINI = URI.create("https://generativelanguage.googleapis.com/.well-known/jwks.json");
  private static final int MAX_BYTES = 256 * 1024;

  private final Map<String, PublicKey> keys;

  private JwksKeys(Map<String, PublicKey> keys) {
    this.keys = Map.copyOf(keys);
  }

  /** The RSA signing keys of a JWKS document; other keys are skipped. */
  public static JwksKeys parse(String jwks) {
    Map<String, PublicKey> keys = new LinkedHashMap<>();
    for (JsonNode key : WireJson.readTree(jwks).path("keys")) {
      if (!"RSA".equals(key.path("kty").asString("")) || !key.path("kid").isString()) {
        continue;
      }
      try {
        Base64.Decoder url = Base64.getUrlDecoder();
        keys.put(key.get("kid").asString(), KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
            new BigInteger(1, url.decode(key.path("n").asString(""))), new BigInteger(1, url.decode(key.path("e").asString(""))))));
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        // A key that does not parse cannot verify anything; the others still can.
      }
    }
    return new JwksKeys(keys);
  }

  /** Fetches and parses {@code uri} (10 s, 256 KiB at most). */
  public static JwksKeys fetch(URI uri) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    try {
      HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (response.statusCode() != 200 || bytes.length > MAX_BYTES) {
          throw new IOException("JWKS " + uri + " answered " + response.statusCode() + (bytes.length > MAX_BYTES ? " (too large)" : ""));
        }
        return parse(new String(bytes, StandardCharsets.UTF_8));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while fetching " + uri, e);
    }
  }

  PublicKey key(String kid) {
    return keys.get(kid);
  }

  /** How many keys it holds. */
  public int size() {
    return keys.size();
  }
}
