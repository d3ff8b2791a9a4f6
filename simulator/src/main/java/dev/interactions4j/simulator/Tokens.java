package dev.interactions4j.simulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A simple deterministic tokenizer: words and punctuation marks count one token each. */
final class Tokens {
  private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

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
