package dev.interactions4j.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Function names follow {@code [a-zA-Z_][a-zA-Z0-9_-]{0,63}}, checked without a regular expression. */
class FunctionNameTest {
  static String[] valid() {
    return new String[] {"a", "Z", "_", "get_weather", "getWeather2", "a-b", "_9", "x".repeat(64), "A" + "-".repeat(63)};
  }

  @ParameterizedTest
  @MethodSource("valid")
  void valid(String name) {
    assertEquals(name, new Tool.Function(name, null, null).name());
    assertEquals(true, name.matches("[a-zA-Z_][a-zA-Z0-9_-]{0,63}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "9lives", "-dash", "has space", "dot.ted", "ünï", "a/b", "tab\t", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
  void invalid(String name) {
    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> new Tool.Function(name, null, null));

    assertEquals("Function name '" + name + "' must match [a-zA-Z_][a-zA-Z0-9_-]{0,63}", failure.getMessage());
    assertEquals(false, name.matches("[a-zA-Z_][a-zA-Z0-9_-]{0,63}"));
  }
}
