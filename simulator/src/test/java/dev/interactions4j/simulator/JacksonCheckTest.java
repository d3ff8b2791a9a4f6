package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class JacksonCheckTest {

  @Test
  void springBoot35Annotations_nameArtifactFoundNeededAndFix() {
    assertEquals(
        Optional.of(
            "jackson-annotations 2.19.2 found, but jackson-databind 3.2.4 (used by"
                + " interactions4j-simulator) needs jackson-annotations 2.21 or later; fix: pin"
                + " com.fasterxml.jackson.core:jackson-annotations:2.21 in your build's dependency"
                + " management (a Spring Boot 3.5 BOM pins 2.19; see README.md, Install)"),
        JacksonCheck.problem("3.2.4", "2.19.2"));
  }

  @Test
  void jackson30_needsOnly220() {
    assertEquals(Optional.empty(), JacksonCheck.problem("3.0.0", "2.20"));
    assertTrue(JacksonCheck.problem("3.0.4", "2.19.2").orElseThrow().contains("needs jackson-annotations 2.20 or later"));
  }

  @Test
  void jackson31AndLater_need221() {
    assertEquals(Optional.empty(), JacksonCheck.problem("3.1.4", "2.21"));
    assertEquals(Optional.empty(), JacksonCheck.problem("3.2.4", "2.22"));
    assertTrue(JacksonCheck.problem("3.1.4", "2.20").isPresent());
  }

  @Test
  void absentAnnotations_sayWhatToAdd() {
    assertTrue(JacksonCheck.problem("3.2.4", null).orElseThrow().startsWith("jackson-annotations not found"));
  }

  @Test
  void unreadableVersion_leavesJacksonToSpeak() {
    assertEquals(Optional.empty(), JacksonCheck.problem("3.2.4", "unknown"));
  }

  @Test
  void olderCoreThanDatabind_namesBothAndThePin() {
    assertEquals(Optional.of("jackson-core 3.0.0 found, but jackson-databind 3.2.4 (used by interactions4j-simulator)"
        + " needs jackson-core 3.2 or later; fix: pin tools.jackson.core:jackson-core:3.2.4 in your build's dependency"
        + " management (or import tools.jackson:jackson-bom:3.2.4)"), JacksonCheck.coreProblem("3.0.0", "3.2.4"));
    assertEquals(Optional.empty(), JacksonCheck.coreProblem("3.2.1", "3.2.4"));
    assertEquals(Optional.empty(), JacksonCheck.coreProblem("3.3.0", "3.2.4"));
    assertEquals(Optional.empty(), JacksonCheck.coreProblem("unknown", "3.2.4"));
  }

  @Test
  void thisBuildsJackson_passes() {
    JacksonCheck.require();
  }
}
