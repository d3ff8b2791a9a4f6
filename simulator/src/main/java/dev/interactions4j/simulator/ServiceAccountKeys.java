package dev.interactions4j.simulator;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes service-account key files whose {@code token_uri} is the simulator's token endpoint: a
 * fresh RSA key pair each, the public half trusted by {@link Access}, the private half only in
 * the file (as google-auth-library reads it, PKCS#8 PEM).
 */
final class ServiceAccountKeys {
  private final Access access;
  private final String tokenUri;
  private final AtomicInteger count = new AtomicInteger();

  ServiceAccountKeys(Access access, String tokenUri) {
    this.access = access;
    this.tokenUri = tokenUri;
  }

  static KeyPair newRsaKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK offers no RSA key pair generator", e);
    }
  }

  String newKeyFile(String project) {
    KeyPair pair = newRsaKeyPair();
    int n = count.incrementAndGet();
    String email = "simulated-" + n + "@" + project + ".iam.gserviceaccount.com";
    access.trust(email, pair.getPublic());
    String pem = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pair.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
    ObjectNode key = JsonNodeFactory.instance.objectNode();
    key.put("type", "service_account");
    key.put("project_id", project);
    key.put("private_key_id", "simulated-key-" + n);
    key.put("private_key", pem);
    key.put("client_email", email);
    key.put("client_id", Integer.toString(100000 + n));
    key.put("auth_uri", tokenUri.replace("/token", "/auth"));
    key.put("token_uri", tokenUri);
    return key.toPrettyString();
  }
}
