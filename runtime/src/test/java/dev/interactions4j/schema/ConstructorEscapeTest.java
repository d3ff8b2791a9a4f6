package dev.interactions4j.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a record's compact constructor throws past the generated parser's {@code catch
 * (RuntimeException e)}: an {@code assert} and a sneaky checked exception become {@link
 * OutputMismatchException}s with the raw text, like any other rejected value.
 */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class ConstructorEscapeTest {
  record Asserting(int value) {
    Asserting {
      if (value <= 0) {
        throw new AssertionError("value must be positive"); // what `assert value > 0` throws under -ea
      }
    }
  }

  record Sneaky(int value) {
    Sneaky {
      if (value == 13) {
        throw Sneaky.<RuntimeException>sneak(new IOException("thirteen is unlucky"));
      }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneak(Throwable failure) throws E {
      throw (E) failure;
    }
  }

  /** The reader the processor writes for a one-component record: read, then construct within a catch. */
  private static <T> OutputType<T> type(String name, java.util.function.IntFunction<T> constructor) {
    return OutputType.of(name, "{}", in -> {
      Integer value = null;
      in.beginObject();
      for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
        if (property.equals("value")) {
          value = in.readInt();
        } else {
          in.skipValue();
        }
      }
      in.require(value, "value", "an integer");
      try {
        return constructor.apply(value);
      } catch (RuntimeException e) {
        throw in.rejected(name, e);
      }
    }, (value, generator) -> generator.writeNull());
  }

  @Test
  void assertInACompactConstructor_isAMismatch() {
    OutputType<Asserting> type = type("Asserting", Asserting::new);

    OutputMismatchException failure = assertThrows(OutputMismatchException.class, () -> type.parse("{\"value\": -1}"));

    assertEquals("{\"value\": -1}", failure.rawText().orElseThrow());
    assertTrue(failure.getMessage().contains("value must be positive"), failure.getMessage());
    assertInstanceOf(AssertionError.class, failure.getCause());
    assertEquals(new Asserting(2), type.parse("{\"value\": 2}"));
  }

  @Test
  void sneakyCheckedExceptionInACompactConstructor_isAMismatch() {
    OutputType<Sneaky> type = type("Sneaky", Sneaky::new);

    OutputMismatchException failure = assertThrows(OutputMismatchException.class, () -> type.parse("{\"value\": 13}"));

    assertEquals("{\"value\": 13}", failure.rawText().orElseThrow());
    assertInstanceOf(IOException.class, failure.getCause());
  }
}
