package dev.interactions4j.simulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simple deterministic tokenizer: words and punctuation marks count one token each. The fixed
 * counts below are what the scripted model reports for output that is not text; they are chosen to
 * be plausible and stable, not measured from the real API (except the image's, which is the
 * documented cost of one image).
 */
final class Tokens {
  private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");
  /** Output tokens of one generated image, video or document (the API's documented 258 per image). */
  static final int PER_MEDIA_OUTPUT = 258;
  /** Output tokens of one function call the model asks for. */
  static final int PER_FUNCTION_CALL = 10;
  /** Output tokens of spoken audio, per word spoken. */
  static final int PER_SPOKEN_WORD = 25;
  /** Output tokens of a deep-research report. */
  static final int RESEARCH_REPORT = 400;

  private Tokens() {}

  static int count(String text) {
    if (text == null) {
      return 0;
    }
    Matcher matcher = TOKEN.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  /** Where {@code limit} tokens after {@code offset} end: the start of the next token, or the end. */
  static int endAfter(String text, int offset, int limit) {
    Matcher matcher = TOKEN.matcher(text);
    matcher.region(offset, text.length());
    int count = 0;
    while (matcher.find()) {
      if (count++ == limit) {
        return matcher.start();
      }
    }
    return text.length();
  }
}
