package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JacksonVersionsTest {
  @Test
  void olderCoreThanDatabind_namesBothVersionsAndTheOneLineFix() {
    assertEquals(Optional.of("jackson-core 3.0.0 found, but jackson-databind 3.2.4 (used by interactions4j-runtime)"
        + " needs jackson-core 3.2 or later; fix: pin tools.jackson.core:jackson-core:3.2.4 in your build's"
        + " dependency management (or import tools.jackson:jackson-bom:3.2.4)"), JacksonVersions.problem("3.0.0", "3.2.4"));
  }

  @Test
  void coreOfTheSameOrALaterMinor_fits() {
    assertEquals(Optional.empty(), JacksonVersions.problem("3.2.0", "3.2.4"));
    assertEquals(Optional.empty(), JacksonVersions.problem("3.3.1", "3.2.4"));
    assertEquals(Optional.empty(), JacksonVersions.problem("3.0.0", "3.0.0"));
  }

  @Test
  void unreadableVersions_leaveJacksonToSpeak() {
    assertEquals(Optional.empty(), JacksonVersions.problem("unknown", "3.2.4"));
    assertEquals(Optional.empty(), JacksonVersions.problem("3.2.4", ""));
  }

  @Test
  void aDatabindThatIsNotJackson3_isNamed() {
    assertTrue(JacksonVersions.problem("4.0.0", "4.0.0").orElseThrow().contains("needs tools.jackson.core:jackson-databind 3.x (3.0 or later)"));
  }

  @Test
  void thisBuildsJackson_passes_andBuildingAClientChecksIt() {
    JacksonVersions.require();
    try (GeminiClient client = GeminiClient.builder().baseUrl("http://127.0.0.1:9").build()) {
      assertTrue(client != null);
    }
  }
}
