package dev.interactions4j.adc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.GeminiClient;
import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * google-auth-library's real Application Default Credentials flow, offline: the well-known ADC
 * file (under {@code user.home}) holds a service-account key whose {@code token_uri} is the
 * simulator, which checks the signed JWT and issues the access tokens the client then sends.
 */
@Timeout(90)
class ApplicationDefaultFlowTest {
  @Test
  void applicationDefault_getsItsTokensFromTheKeyFilesTokenUri_andRefreshesARevokedOne(@TempDir Path home) throws Exception {
    // GOOGLE_APPLICATION_CREDENTIALS would win over the well-known file: this test needs it unset.
    assertEquals(null, System.getenv("GOOGLE_APPLICATION_CREDENTIALS"));
    String userHome = System.getProperty("user.home");
    try (Simulator simulator = Simulator.start()) {
      Path adcFile = home.resolve(".config/gcloud/application_default_credentials.json");
      Files.createDirectories(adcFile.getParent());
      Files.writeString(adcFile, simulator.newServiceAccountKeyFile("my-project"));
      System.setProperty("user.home", home.toString());
      AdcCredentials credentials = AdcCredentials.applicationDefault();

      try (GeminiClient client = GeminiClient.builder().agentPlatform("my-project", "europe-west4")
          .baseUrl(simulator.baseUrl()).credentials(credentials).build()) {
        Interaction first = client.create(InteractionRequest.model("gemini-3-flash-preview").input("Hi, my name is Ada.").build());
        simulator.revokeTokens();
        Interaction second = client.get(first.id());

        assertEquals(InteractionStatus.COMPLETED, second.status());
        assertEquals(2, simulator.tokensIssued(), "one token at first, one after the 401");
        for (RecordedRequest request : simulator.requests()) {
          assertTrue(request.pathAndQuery().startsWith("/v1beta1/projects/my-project/locations/europe-west4/interactions"));
          assertEquals("Bearer <redacted>", request.header("Authorization"));
        }
        assertFalse(credentials.toString().contains("ya29"), credentials.toString());
      }
    } finally {
      System.setProperty("user.home", userHome);
    }
  }
}
