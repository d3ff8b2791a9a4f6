package dev.interactions4j.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * Checks, before the simulator builds its first mapper, that the jackson-annotations and the
 * jackson-core on the class path are ones that the jackson-databind beside them can run with. A
 * build whose BOM pins an older jackson-annotations (Spring Boot 3.5's pins 2.19) or an older
 * jackson-core would otherwise fail deep inside Jackson with a {@code NoClassDefFoundError} or
 * {@code NoSuchMethodError}, naming neither the artifact nor the fix. (The runtime checks core and
 * databind the same way when a client is built; the simulator never depends on the runtime, so
 * the rule is written here too.)
 */
final class JacksonCheck {
  private static final String ANNOTATION = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String ANNOTATIONS_POM =
      "/META-INF/maven/com.fasterxml.jackson.core/jackson-annotations/pom.properties";
  private static volatile boolean passed;

  private JacksonCheck() {}

  /** Throws {@link IllegalStateException} with the fix when the versions do not fit together. */
  static void require() {
    if (passed) {
      return;
    }
    String databind = tools.jackson.databind.cfg.PackageVersion.VERSION.toString();
    Optional<String> problem = coreProblem(tools.jackson.core.json.PackageVersion.VERSION.toString(), databind)
        .or(() -> problem(databind, annotationsVersion()));
    if (problem.isPresent()) {
      throw new IllegalStateException(problem.get());
    }
    passed = true;
  }

  /**
   * The problem with a jackson-databind and a jackson-annotations version, if any. Jackson 3.0 was
   * built on annotations 2.20; 3.1 and 3.2 need 2.21 ({@code @JsonSerializeAs}). A version that
   * cannot be read (a repackaged jar) is not reported: Jackson's own error then stands.
   */
  static Optional<String> problem(String databind, String annotations) {
    if (annotations == null) {
      return Optional.of(
          "jackson-annotations not found, but jackson-databind " + databind + " (used by"
              + " interactions4j-simulator) needs it; fix: add com.fasterxml.jackson.core:"
              + "jackson-annotations:2.21 to your dependencies");
    }
    int[] found = majorMinor(annotations);
    int[] databindVersion = majorMinor(databind);
    if (found == null || databindVersion == null) {
      return Optional.empty();
    }
    int neededMinor = databindVersion[0] == 3 && databindVersion[1] == 0 ? 20 : 21;
    if (found[0] > 2 || found[0] == 2 && found[1] >= neededMinor) {
      return Optional.empty();
    }
    String needed = "2." + neededMinor;
    return Optional.of(
        "jackson-annotations " + annotations + " found, but jackson-databind " + databind
            + " (used by interactions4j-simulator) needs jackson-annotations " + needed
            + " or later; fix: pin com.fasterxml.jackson.core:jackson-annotations:" + needed
            + " in your build's dependency management (a Spring Boot 3.5 BOM pins 2.19; see"
            + " README.md, Install)");
  }

  /** The problem with a jackson-core beside a jackson-databind, if any: databind calls core of its own minor or later. */
  static Optional<String> coreProblem(String core, String databind) {
    int[] coreVersion = majorMinor(core);
    int[] databindVersion = majorMinor(databind);
    if (coreVersion == null || databindVersion == null
        || coreVersion[0] == databindVersion[0] && coreVersion[1] >= databindVersion[1]) {
      return Optional.empty();
    }
    return Optional.of("jackson-core " + core + " found, but jackson-databind " + databind
        + " (used by interactions4j-simulator) needs jackson-core " + databindVersion[0] + "." + databindVersion[1]
        + " or later; fix: pin tools.jackson.core:jackson-core:" + databind
        + " in your build's dependency management (or import tools.jackson:jackson-bom:" + databind + ")");
  }

  private static int[] majorMinor(String version) {
    String[] parts = version.split("[.-]");
    try {
      return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** From the jar's manifest, else its Maven pom.properties; null when the jar is absent. */
  private static String annotationsVersion() {
    Class<?> annotation;
    try {
      annotation = Class.forName(ANNOTATION, false, JacksonCheck.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
    String fromManifest = annotation.getPackage().getImplementationVersion();
    if (fromManifest != null) {
      return fromManifest;
    }
    try (InputStream in = annotation.getResourceAsStream(ANNOTATIONS_POM)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
