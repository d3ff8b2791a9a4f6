package dev.interactions4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import dev.interactions4j.processor.model.RuntimeNames;
import dev.interactions4j.processor.testing.Golden;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract between processor and runtime is {@link RuntimeNames}: every name in it exists in
 * the runtime, and generated code refers to nothing of the runtime but the support package, the
 * API types named there, and the types of the user's own declarations.
 */
class RuntimeContractTest {
  private static final Pattern RUNTIME_TYPE =
      Pattern.compile("\\bdev\\.interactions4j\\.(?!processor\\.)[a-z.]*[A-Z]\\w*(?:\\.[A-Z]\\w*)*");

  @Test
  void everyNameInTheContractExistsInTheRuntime() throws Exception {
    List<String> names = contractNames();
    assertFalse(names.isEmpty());
    for (String name : names) {
      assertTrue(loads(name), name + " is named in RuntimeNames but is not in the runtime");
    }
  }

  @Test
  void generatedCodeRefersOnlyToTheSupportPackageAndTheNamedApi() throws Exception {
    Set<String> allowed = new HashSet<>(contractNames());
    Set<String> outside = new TreeSet<>();
    try (Stream<Path> dirs = Files.walk(Golden.RESOURCES)) {
      for (Path expected : dirs.filter(dir -> dir.endsWith("expected")).toList()) {
        Set<String> fromUser = references(expected.resolveSibling("input"));
        for (String type : references(expected)) {
          if (!type.startsWith(RuntimeNames.INTERNAL + ".") && !allowed.contains(type) && !fromUser.contains(type)) {
            outside.add(type + " (in " + Golden.RESOURCES.relativize(expected) + ")");
          }
        }
      }
    }
    assertEquals(Set.of(), outside, "generated code refers to runtime types outside dev.interactions4j.internal"
        + " that RuntimeNames does not name");
  }

  private static Set<String> references(Path dir) throws IOException {
    Set<String> types = new HashSet<>();
    if (!Files.isDirectory(dir)) {
      return types;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = RUNTIME_TYPE.matcher(Files.readString(file));
        while (matcher.find()) {
          // A nested type's use counts as its outer type's (GeminiService.BuiltInTool).
          types.add(matcher.group().replaceAll("^([a-z.]*[A-Z]\\w*).*$", "$1"));
        }
      }
    }
    return types;
  }

  private static List<String> contractNames() throws IllegalAccessException {
    List<String> names = new java.util.ArrayList<>();
    for (Field field : RuntimeNames.class.getFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      Object value = field.get(null);
      String name = value instanceof ClassName className ? className.canonicalName() : value.toString();
      if (name.startsWith("dev.interactions4j.") && !name.equals(RuntimeNames.INTERNAL)
          && !name.equals(RuntimeNames.MEDIA_PACKAGE)) {
        names.add(name);
      }
    }
    return names;
  }

  private static boolean loads(String canonicalName) {
    String binary = canonicalName;
    while (true) {
      try {
        Class.forName(binary, false, RuntimeContractTest.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException e) {
        int dot = binary.lastIndexOf('.');
        if (dot < 0 || !Character.isUpperCase(binary.charAt(binary.lastIndexOf('.', dot - 1) + 1))) {
          return false;
        }
        binary = binary.substring(0, dot) + '$' + binary.substring(dot + 1);
      }
    }
  }
}
