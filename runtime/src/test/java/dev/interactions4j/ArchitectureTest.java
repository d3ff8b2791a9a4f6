package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's public surface is split by audience: user API in the root package and the
 * packages named for what they describe, generated-code support in {@code internal} only. A new
 * public type elsewhere fails here, so that placing it is a decision, not an accident.
 */
class ArchitectureTest {
  private static final String ROOT = "dev.interactions4j";
  /** Every package that may hold public types; add a package here when it is meant for users. */
  private static final Set<String> PUBLIC_PACKAGES = Set.of(
      ROOT, ROOT + ".schema", ROOT + ".tools", ROOT + ".service", ROOT + ".media", ROOT + ".wire",
      ROOT + ".internal", ROOT + ".webhooks", ROOT + ".files");
  /** Where each group of annotations lives. */
  private static final Set<String> ANNOTATION_PACKAGES =
      Set.of(ROOT + ".schema", ROOT + ".tools", ROOT + ".service", ROOT + ".internal");

  @Test
  void publicTypesLiveOnlyInTheIntendedPackages() throws Exception {
    Set<String> misplaced = new TreeSet<>();
    for (Class<?> type : publicTopLevelTypes()) {
      if (!PUBLIC_PACKAGES.contains(type.getPackageName())) {
        misplaced.add(type.getName());
      }
    }
    assertEquals(Set.of(), misplaced, "public types outside " + PUBLIC_PACKAGES
        + "; make them package-private or add their package to PUBLIC_PACKAGES on purpose");
  }

  @Test
  void rootPackageHoldsNoAnnotations() throws Exception {
    Set<String> annotations = new TreeSet<>();
    for (Class<?> type : publicTopLevelTypes()) {
      if (type.isAnnotation() && !ANNOTATION_PACKAGES.contains(type.getPackageName())) {
        annotations.add(type.getName());
      }
    }
    assertEquals(Set.of(), annotations, "annotations belong with what they describe: " + ANNOTATION_PACKAGES);
  }

  @Test
  void everyPublicPackageIsDocumented() throws Exception {
    Set<String> packages = new TreeSet<>();
    for (Class<?> type : publicTopLevelTypes()) {
      packages.add(type.getPackageName());
    }
    assertTrue(packages.containsAll(Set.of(ROOT, ROOT + ".internal")), "scan found " + packages);
    for (String name : packages) {
      assertTrue(Files.exists(classes().resolve(name.replace('.', '/')).resolve("package-info.class")),
          name + " has no package-info.java saying who it is for");
    }
  }

  private static List<Class<?>> publicTopLevelTypes() throws IOException, URISyntaxException {
    Path classes = classes();
    try (Stream<Path> files = Files.walk(classes)) {
      return files.filter(file -> file.toString().endsWith(".class"))
          .map(file -> classes.relativize(file).toString())
          .filter(name -> !name.contains("$") && !name.endsWith("package-info.class"))
          .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')
              .replace('\\', '.')))
          .filter(type -> Modifier.isPublic(type.getModifiers()))
          .toList();
    }
  }

  private static Path classes() throws URISyntaxException {
    return Path.of(GeminiClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ArchitectureTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }
}
