package dev.interactions4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of generated sources as a reader meets them: no line past {@link #MAX_LINE} characters
 * (long schemas and prompts are split into concatenated literals), and each function's parameter
 * schema written once, shared by the declarations and the arguments' parser.
 */
class GeneratedSourceShapeTest {
  /** The longest line a generated source may have. */
  static final int MAX_LINE = 180;

  private static List<Path> sources() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (Path dir : List.of(Path.of("src/test/resources"), Path.of("target/generated-test-sources/test-annotations"))) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !p.startsWith("src/test/resources") || p.toString().contains("/expected/"))
            .forEach(sources::add);
      }
    }
    return sources;
  }

  @Test
  void noGeneratedLine_isLongerThanTheLimit() throws IOException {
    List<Path> sources = sources();
    assertTrue(sources.size() >= 40, "found " + sources.size());
    List<String> long_ = new ArrayList<>();
    for (Path source : sources) {
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).length() > MAX_LINE) {
          long_.add(source + ":" + (i + 1) + " has " + lines.get(i).length() + " characters");
        }
      }
    }
    assertEquals(List.of(), long_);
  }

  @Test
  void parameterSchemas_areWrittenOncePerFunction() throws IOException {
    String travel = Files.readString(Path.of("src/test/resources/tool/travel/expected/test/TravelToolsFunctions.java"));
    // The description of one parameter, once: in WEATHER_PARAMETERS, which both
    // DECLARATIONS_JSON and WEATHER_ARGUMENTS refer to.
    assertEquals(1, occurrences(travel, "city name, e.g."));
    assertEquals(1, occurrences(travel, "TrustedSchemas.outputType(\"test.TravelToolsFunctions.WeatherArguments\",\n"
        + "      WEATHER_PARAMETERS,"), travel);
    assertEquals(4, occurrences(travel, "WEATHER_PARAMETERS"),
        "declared, then used by the declarations, the arguments' type and the function");
    String weather = Files.readString(Path.of("src/test/resources/service/travel/expected/test/WeatherFunctions.java"));
    assertEquals(1, occurrences(weather, "the city\\\""));
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
