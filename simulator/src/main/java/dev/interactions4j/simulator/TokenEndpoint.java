package dev.interactions4j.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OAuth 2 token endpoint of a service-account key file ({@code token_uri}): takes the JWT
 * bearer grant (RFC 7523) that google-auth-library sends, checks the RS256 signature with the
 * account's registered public key, its audience (Google's token URI, which the library signs for,
 * or this endpoint's), expiry and scope, and issues an access token.
 */
final class TokenEndpoint implements HttpHandler {
  static final String PATH = "/token";
  private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
  /** The audience google-auth-library always signs for, whatever the key file's token_uri. */
  private static final String GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token";
  private static final String CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Access access;
  private final String tokenUri;

  TokenEndpoint(Access access, String tokenUri) {
    this.access = access;
    this.tokenUri = tokenUri;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] answer;
      int status = 200;
      try {
        if (!exchange.getRequestMethod().equals("POST")) {
          throw new OAuthFailure("invalid_request", "The token endpoint takes POST");
        }
        answer = grant(InteractionsHandler.query(new String(exchange.getRequestBody().readNBytes(64 * 1024), StandardCharsets.UTF_8)));
      } catch (OAuthFailure failure) {
        status = 400;
        answer = failure.body();
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
      exchange.sendResponseHeaders(status, answer.length);
      exchange.getResponseBody().write(answer);
    }
  }

  private byte[] grant(java.util.Map<String, String> form) throws OAuthFailure {
    if (!JWT_BEARER.equals(form.get("grant_type"))) {
      throw new OAuthFailure("unsupported_grant_type", "Invalid grant_type: " + form.get("grant_type"));
    }
    String assertion = form.get("assertion");
    String[] parts = assertion == null ? new String[0] : assertion.split("\\.", -1);
    if (parts.length != 3) {
      throw new OAuthFailure("invalid_request", "The assertion is not a signed JWT");
    }
    JsonNode header = decode(parts[0]);
    JsonNode claims = decode(parts[1]);
    if (!"RS256".equals(header.path("alg").asString(""))) {
      throw new OAuthFailure("invalid_grant", "Invalid JWT: alg must be RS256");
    }
    PublicKey key = access.serviceAccount(claims.path("iss").asString(""));
    if (key == null || !verifies(key, parts)) {
      throw new OAuthFailure("invalid_grant", "Invalid JWT Signature.");
    }
    long now = System.currentTimeMillis() / 1000;
    String audience = claims.path("aud").asString("");
    boolean forUs = audience.equals(tokenUri) || audience.equals(GOOGLE_TOKEN_URI);
    if (!forUs || claims.path("exp").asLong(0) < now) {
      throw new OAuthFailure("invalid_grant", "Invalid JWT: Token must be a short-lived token (60 minutes) and in a"
          + " reasonable timeframe. Check your iat and exp values in the JWT claim.");
    }
    if (!java.util.List.of(claims.path("scope").asString("").split(" ")).contains(CLOUD_PLATFORM)) {
      throw new OAuthFailure("invalid_scope", "The scope " + CLOUD_PLATFORM + " is required");
    }
    ObjectNode token = JsonNodeFactory.instance.objectNode();
    token.put("access_token", access.issue());
    token.put("expires_in", Math.max(1, access.tokenLifetime().toSeconds()));
    token.put("token_type", "Bearer");
    return token.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static boolean verifies(PublicKey key, String[] parts) throws OAuthFailure {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initVerify(key);
      signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static JsonNode decode(String part) throws OAuthFailure {
    try {
      return JSON.readTree(Base64.getUrlDecoder().decode(part));
    } catch (IllegalArgumentException | JacksonException e) {
      throw new OAuthFailure("invalid_request", "The assertion is not a JWT");
    }
  }

  /** An OAuth 2 error answer: {@code {"error", "error_description"}}. */
  private static final class OAuthFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final String error;

    OAuthFailure(String error, String description) {
      super(description, null, false, false);
      this.error = error;
    }

    byte[] body() {
      ObjectNode body = JsonNodeFactory.instance.objectNode().put("error", error).put("error_description", getMessage());
      return body.toString().getBytes(StandardCharsets.UTF_8);
    }
  }
}
