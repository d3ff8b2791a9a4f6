package dev.interactions4j.tools;

import dev.interactions4j.schema.GeminiOutput;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose methods the model may call: at compile time the processor generates
 * {@code <Interface>Functions} next to it, holding the function declarations ({@code
 * DECLARATIONS_JSON}) and {@code bind(impl)}, which returns a {@link dev.interactions4j.tools.ToolSet}
 * whose reflection-free dispatcher parses and validates each call's arguments before calling
 * {@code impl}.
 *
 * <p>Each abstract method is one function: its name (or {@link Name}), its Javadoc as {@code
 * description}, its parameters (names from the source, {@code @param} tags as descriptions) as a
 * JSON Schema object. Parameter and return types follow the {@link GeminiOutput} mapping. See
 * {@code docs/TOOLS.md}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GeminiTool {

  /**
   * The function name the model sees, instead of the method name: letters, digits, {@code _} and
   * {@code -}, starting with a letter or {@code _}, at most 64 characters.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface Name {
    /** The function name. */
    String value();
  }
}
