package dev.interactions4j.internal;

import dev.interactions4j.schema.JsonReader;
import dev.interactions4j.schema.OutputMismatchException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads objects of sealed types: finds the discriminator property wherever it is, then reads the
 * whole object with the variant's reader. The object is buffered (Jackson's {@link TokenBuffer}, no
 * data binding) because models do not always write the discriminator first.
 */
public final class JsonVariants {
  private JsonVariants() {}

  /**
   * Reads one object of a sealed type.
   *
   * @param in the input, on the object's first token
   * @param property the discriminator property, e.g. {@code "type"}
   * @param tags the allowed discriminator values, in declaration order
   * @param variants the reader for each allowed value
   * @throws OutputMismatchException if the value is not an object, or its discriminator is missing
   *     or unknown, or the variant does not match
   */
  public static <T> T read(
      JsonInput in,
      String property,
      List<String> tags,
      Function<String, JsonReader<? extends T>> variants) {
    JsonParser parser = in.parser();
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw in.mismatch("an object");
    }
    TokenBuffer buffer = TokenBuffer.forBuffering(parser, ObjectReadContext.empty());
    buffer.copyCurrentStructure(parser);
    String tag = findTag(in, buffer, property, tags);
    JsonParser outer = in.swapParser(buffer.asParserOnFirstToken(ObjectReadContext.empty()));
    try {
      return variants.apply(tag).read(in);
    } finally {
      in.swapParser(outer).close();
    }
  }

  private static String findTag(
      JsonInput in, TokenBuffer buffer, String property, List<String> tags) {
    String expected =
        "one of " + tags.stream().map(JsonInput::quote).collect(Collectors.joining(", "));
    int depth = in.depth();
    JsonParser outer = in.swapParser(buffer.asParserOnFirstToken(ObjectReadContext.empty()));
    try {
      in.beginObject();
      for (String name = in.nextProperty(); name != null; name = in.nextProperty()) {
        if (name.equals(property)) {
          JsonParser scan = in.parser();
          if (scan.currentToken() != JsonToken.VALUE_STRING || !tags.contains(scan.getString())) {
            throw in.mismatch(expected);
          }
          return scan.getString();
        }
        in.skipValue();
      }
      throw in.missing(property, expected);
    } finally {
      in.swapParser(outer).close();
      // The scan stops inside the object when it finds the tag: leave the path as it was.
      in.truncate(depth);
    }
  }
}
