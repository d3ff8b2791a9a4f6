package dev.interactions4j;

import java.util.Optional;

/**
 * Checks, when a client is built, that the jackson-core and jackson-databind on the class path
 * fit together. A build that pins one of them (a BOM, an old transitive version) would otherwise
 * fail later, deep inside Jackson, with a {@code NoSuchMethodError} naming neither artifact nor
 * the fix. The runtime needs no jackson-annotations: it reads and writes JSON on the streaming API
 * and trees, never by data binding.
 */
final class JacksonVersions {
  /** The oldest Jackson 3 the runtime is built and tested against (see README, Install). */
  static final String OLDEST = "3.0";
  private static volatile boolean passed;

  private JacksonVersions() {}

  /** Throws {@link IllegalStateException} with the fix when the versions do not fit together. */
  static void require() {
    if (passed) {
      return;
    }
    String core;
    String databind;
    try {
      core = tools.jackson.core.json.PackageVersion.VERSION.toString();
      databind = tools.jackson.databind.cfg.PackageVersion.VERSION.toString();
    } catch (LinkageError missing) {
      throw new IllegalStateException("interactions4j-runtime needs tools.jackson.core:jackson-core and"
          + " tools.jackson.core:jackson-databind " + OLDEST + " or later, but " + missing.getMessage()
          + " is missing; fix: add tools.jackson.core:jackson-databind (it brings jackson-core) to your"
          + " dependencies", missing);
    }
    Optional<String> problem = problem(core, databind);
    if (problem.isPresent()) {
      throw new IllegalStateException(problem.get());
    }
    passed = true;
  }

  /**
   * The problem with a jackson-core and a jackson-databind version, if any: databind 3.x calls
   * core of its own minor version or later. A version that cannot be read (a repackaged jar) is not
   * reported: Jackson's own error then stands.
   */
  static Optional<String> problem(String core, String databind) {
    int[] coreVersion = majorMinor(core);
    int[] databindVersion = majorMinor(databind);
    if (coreVersion == null || databindVersion == null) {
      return Optional.empty();
    }
    if (databindVersion[0] != 3) {
      return Optional.of("jackson-databind " + databind + " found, but interactions4j-runtime needs"
          + " tools.jackson.core:jackson-databind 3.x (" + OLDEST + " or later); fix: pin"
          + " tools.jackson.core:jackson-databind and jackson-core to one 3.x version");
    }
    if (coreVersion[0] == 3 && coreVersion[1] >= databindVersion[1]) {
      return Optional.empty();
    }
    String needed = databindVersion[0] + "." + databindVersion[1];
    return Optional.of("jackson-core " + core + " found, but jackson-databind " + databind
        + " (used by interactions4j-runtime) needs jackson-core " + needed + " or later; fix: pin"
        + " tools.jackson.core:jackson-core:" + databind + " in your build's dependency management"
        + " (or import tools.jackson:jackson-bom:" + databind + ")");
  }

  private static int[] majorMinor(String version) {
    String[] parts = version.split("[.-]");
    try {
      return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    } catch (RuntimeException e) {
      return null;
    }
  }
}
