package dev.interactions4j.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard Webhooks verification: the published vector and every way a delivery can be wrong. */
class WebhookVerifierTest {
  // The Standard Webhooks test vector (standard-webhooks/standard-webhooks tests).
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final String TIMESTAMP = "1614265330";
  private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
  private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
  private static final Clock THEN = Clock.fixed(Instant.ofEpochSecond(1614265330 + 10), ZoneOffset.UTC);

  private static WebhookVerifier verifier(String... secrets) {
    WebhookVerifier.Builder builder = WebhookVerifier.builder().clock(THEN);
    for (String secret : secrets) {
      builder.secret(secret);
    }
    return builder.build();
  }

  private static String otherSecret() {
    return "whsec_" + Base64.getEncoder().encodeToString("another secret of 24 byte".getBytes(StandardCharsets.UTF_8));
  }

  private static WebhookVerificationException.Reason refused(WebhookVerifier verifier, String id, String timestamp, String signature,
      byte[] body) {
    return assertThrows(WebhookVerificationException.class, () -> verifier.verify(id, timestamp, signature, body)).reason();
  }

  @Test
  void theStandardVector_verifies() throws Exception {
    WebhookEvent event = verifier(SECRET).verify(Map.of("Webhook-Id", List.of(ID), "webhook-timestamp", List.of(TIMESTAMP),
        "WEBHOOK-SIGNATURE", List.of(SIGNATURE)), BODY);

    assertEquals(ID, event.webhookId());
  }

  @Test
  void aWrongSecret_isRefused() {
    assertEquals(WebhookVerificationException.Reason.BAD_SIGNATURE, refused(verifier(otherSecret()), ID, TIMESTAMP, SIGNATURE, BODY));
  }

  @Test
  void duringARotation_eitherSecretVerifies_andOneOfSeveralSignaturesIsEnough() throws Exception {
    verifier(otherSecret(), SECRET).verify(ID, TIMESTAMP, "v1,AAAA " + SIGNATURE, BODY);
  }

  @Test
  void aStaleTimestamp_isRefused_evenWithAGoodSignature() {
    WebhookVerifier late = WebhookVerifier.builder().secret(SECRET)
        .clock(Clock.fixed(Instant.ofEpochSecond(1614265330 + 301), ZoneOffset.UTC)).build();

    assertEquals(WebhookVerificationException.Reason.STALE_TIMESTAMP, refused(late, ID, TIMESTAMP, SIGNATURE, BODY));
  }

  @Test
  void theSameIdTwice_isAReplay() throws Exception {
    WebhookVerifier verifier = verifier(SECRET);
    verifier.verify(ID, TIMESTAMP, SIGNATURE, BODY);

    assertEquals(WebhookVerificationException.Reason.REPLAY, refused(verifier, ID, TIMESTAMP, SIGNATURE, BODY));
  }

  @Test
  void aTamperedBody_orTimestamp_isRefused() {
    WebhookVerifier verifier = verifier(SECRET);

    assertEquals(WebhookVerificationException.Reason.BAD_SIGNATURE,
        refused(verifier, ID, TIMESTAMP, SIGNATURE, "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(WebhookVerificationException.Reason.BAD_SIGNATURE, refused(verifier, ID, "1614265331", SIGNATURE, BODY));
    assertEquals(WebhookVerificationException.Reason.MALFORMED, refused(verifier, null, TIMESTAMP, SIGNATURE, BODY));
  }

  @Test
  void aJwt_withoutConfiguredKeys_isRefused() {
    assertEquals(WebhookVerificationException.Reason.BAD_SIGNATURE, refused(verifier(SECRET), ID, TIMESTAMP, "a.b.c", BODY));
  }

  @Test
  void theVerifier_showsNoSecret() {
    assertEquals(false, verifier(SECRET).toString().contains("MfKQ"));
  }
}
