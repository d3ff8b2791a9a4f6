package dev.interactions4j.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words and numbers from the user's input that the scripted model puts into its answers. */
final class Hints {
  // Runs of capitalised words: "Grace Hopper", "Navy Labs".
  private static final Pattern PROPER_PHRASE = Pattern.compile("\\b[A-Z][\\p{L}'-]*\\p{L}(?: [A-Z][\\p{L}'-]*\\p{L})*\\b");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()-]{6,}\\d");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final Set<String> COMMON = Set.of("What", "Whats", "What's", "The", "How", "Is", "My",
      "Please", "Tell", "Give", "Extract", "Make", "Find", "Show", "Book", "Can", "Could", "Will",
      "Would", "In", "On", "At", "For", "And", "Or", "Hi", "Hello", "Call", "Get", "Use", "Write",
      "Describe", "Plan", "When", "Where", "Who", "Which", "Why", "Do", "Does", "It", "This", "That",
      "Turn", "Into", "From", "With", "Research", "Draw", "Create", "List", "Summarize", "Answer", "I'm", "I",
      "Hey", "Dear", "Thanks", "Regards", "We", "You", "Our", "Your", "About");

  private final String text;
  private final List<String> words = new ArrayList<>();
  private final List<String> numbers = new ArrayList<>();
  private final String email;
  private final String phone;
  private int nextWord;
  private int nextNumber;

  Hints(String text) {
    this.text = text == null ? "" : text;
    Matcher phrases = PROPER_PHRASE.matcher(this.text);
    while (phrases.find()) {
      String phrase = phrases.group();
      int space = phrase.indexOf(' ');
      while (space > 0 && COMMON.contains(phrase.substring(0, space))) {
        phrase = phrase.substring(space + 1);
        space = phrase.indexOf(' ');
      }
      if (!COMMON.contains(phrase)) {
        this.words.add(phrase);
      }
    }
    Matcher email = EMAIL.matcher(this.text);
    this.email = email.find() ? email.group() : null;
    Matcher phone = PHONE.matcher(this.text);
    this.phone = phone.find() ? phone.group().strip() : null;
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

  /** The e-mail address in the input, or null. */
  String email() {
    return email;
  }

  /** The phone number in the input, or null. */
  String phone() {
    return phone;
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
