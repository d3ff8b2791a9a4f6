package dev.interactions4j.simulator;

import com.sun.net.httpserver.Headers;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who may call: an API key on Gemini API paths and in Agent Platform express mode, an OAuth
 * bearer token on Agent Platform project paths. Tokens are the one configured, or those the
 * simulator's own token endpoint issued and that have not expired or been revoked.
 */
final class Access {
  private final String requiredKey;
  private final String requiredToken;
  private final Map<String, PublicKey> serviceAccounts;
  private final Map<String, Long> issued = new ConcurrentHashMap<>();
  private final AtomicInteger issuedCount = new AtomicInteger();
  private volatile Duration tokenLifetime;

  Access(String requiredKey, String requiredToken, Map<String, PublicKey> serviceAccounts, Duration tokenLifetime) {
    this.requiredKey = requiredKey;
    this.requiredToken = requiredToken;
    this.serviceAccounts = new ConcurrentHashMap<>(serviceAccounts);
    this.tokenLifetime = tokenLifetime;
  }

  void check(Headers headers, ApiPath path) throws ApiFailure {
    String key = headers.getFirst("x-goog-api-key");
    String authorization = headers.getFirst("Authorization");
    if (path.resource().equals("/files:register")) {
      // Registering Cloud Storage objects reads them as the caller: OAuth only (the message is the simulator's).
      if (authorization == null) {
        throw new ApiFailure(401, "UNAUTHENTICATED", "files:register needs OAuth 2 credentials (Authorization: Bearer, scopes"
            + " cloud-platform and devstorage.read_only); API keys cannot read Cloud Storage");
      }
      checkToken(authorization);
      return;
    }
    if (path.needsBearerToken()) {
      if (authorization == null && key != null) {
        // What the Agent Platform answers an API key on a projects path.
        throw new ApiFailure(401, "UNAUTHENTICATED", "API keys are not supported by this API. Expected OAuth2 access token"
            + " or other authentication credentials that assert a principal");
      }
      checkToken(authorization);
      return;
    }
    if (key == null && authorization != null && path.platform()) {
      checkToken(authorization);
      return;
    }
    if (key == null && requiredKey == null) {
      // No key configured: a local test server, called as a client on loopback calls it, keyless.
      return;
    }
    if (key == null || key.isBlank() || (requiredKey != null && !requiredKey.equals(key))) {
      throw new ApiFailure(401, "UNAUTHENTICATED", "API key missing or not valid; send it in the x-goog-api-key header");
    }
  }

  private void checkToken(String authorization) throws ApiFailure {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() <= 7) {
      throw invalidCredentials();
    }
    String token = authorization.substring(7).strip();
    Long expiry = issued.get(token);
    if (expiry != null && expiry > System.currentTimeMillis()) {
      return;
    }
    boolean anyAccepted = requiredToken == null && serviceAccounts.isEmpty();
    if (!(anyAccepted || token.equals(requiredToken))) {
      throw invalidCredentials();
    }
  }

  private static ApiFailure invalidCredentials() {
    return new ApiFailure(401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2"
        + " access token, login cookie or other valid authentication credential");
  }

  /** Trusts a service account's key at the token endpoint from now on. */
  void trust(String clientEmail, PublicKey publicKey) {
    serviceAccounts.put(clientEmail, publicKey);
  }

  /** The public key of a service account the token endpoint trusts, or null. */
  PublicKey serviceAccount(String clientEmail) {
    return serviceAccounts.get(clientEmail);
  }

  /** A new access token, valid for the configured lifetime. */
  String issue() {
    String token = "ya29.simulated-" + issuedCount.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
    issued.put(token, System.currentTimeMillis() + tokenLifetime.toMillis());
    return token;
  }

  Duration tokenLifetime() {
    return tokenLifetime;
  }

  void tokenLifetime(Duration value) {
    tokenLifetime = value;
  }

  int tokensIssued() {
    return issuedCount.get();
  }

  void revokeTokens() {
    issued.clear();
  }
}
