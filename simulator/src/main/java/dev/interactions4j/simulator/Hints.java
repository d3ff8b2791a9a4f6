package dev.interactions4j.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words and numbers from the user's input that the scripted model puts into its answers. */
final class Hints {
  private static final Pattern PROPER_WORD = Pattern.compile("\\b[A-Z][\\p{L}'-]*[\\p{L}]\\b");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final Set<String> COMMON = Set.of("What", "Whats", "What's", "The", "How", "Is", "My",
      "Please", "Tell", "Give", "Extract", "Make", "Find", "Show", "Book", "Can", "Could", "Will",
      "Would", "In", "On", "At", "For", "And", "Or", "Hi", "Hello", "Call", "Get", "Use", "Write",
      "Describe", "Plan", "When", "Where", "Who", "Which", "Why", "Do", "Does", "It", "This", "That",
      "Turn", "Into", "From", "With", "Research", "Draw", "Create", "List", "Summarize", "Answer");

  private final String text;
  private final List<String> words = new ArrayList<>();
  private final List<String> numbers = new ArrayList<>();
  private int nextWord;
  private int nextNumber;

  Hints(String text) {
    this.text = text == null ? "" : text;
    Matcher words = PROPER_WORD.matcher(this.text);
    while (words.find()) {
      if (!COMMON.contains(words.group())) {
        this.words.add(words.group());
      }
    }
    Matcher numbers = NUMBER.matcher(this.text);
    while (numbers.find()) {
      this.numbers.add(numbers.group());
    }
  }

  String text() {
    return text;
  }

  /** The next proper word of the input, cycling; null when it has none. */
  String nextWord() {
    if (words.isEmpty()) {
      return null;
    }
    return words.get(nextWord++ % words.size());
  }

  /** The next number of the input, cycling; null when it has none. */
  String nextNumber() {
    if (numbers.isEmpty()) {
      return null;
    }
    return numbers.get(nextNumber++ % numbers.size());
  }

  /** Whether {@code word} occurs in the input as a whole word, ignoring case. */
  boolean mentions(String word) {
    return Pattern.compile("\\b" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "\\b")
        .matcher(text.toLowerCase(Locale.ROOT)).find();
  }
}
