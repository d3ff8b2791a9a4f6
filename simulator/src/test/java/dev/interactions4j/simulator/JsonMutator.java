package dev.interactions4j.simulator;

import java.util.Random;

/**
 * Seeded mutations of JSON text for fuzz tests of parsers: deleted, inserted and replaced
 * characters and duplicated spans. The same seed gives the same mutations, so a failure repeats.
 */
public final class JsonMutator {
  private static final String NOISE = "{}[]\",:0-9.etruflsanx \\@";

  private final Random random;

  /** A mutator drawing from {@code seed}. */
  public JsonMutator(long seed) {
    this.random = new Random(seed);
  }

  /** {@code json} with one to four edits. */
  public String mutate(String json) {
    StringBuilder text = new StringBuilder(json);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && text.length() > 1; i++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(4)) {
        case 0 -> text.deleteCharAt(at);
        case 1 -> text.insert(at, noise());
        case 2 -> text.setCharAt(at, noise());
        default -> {
          int end = Math.min(text.length(), at + 1 + random.nextInt(12));
          text.insert(random.nextInt(text.length()), text.substring(at, end));
        }
      }
    }
    return text.toString();
  }

  /** Picks one of {@code choices}, for tests that mutate several samples. */
  public <T> T pick(java.util.List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private char noise() {
    return NOISE.charAt(random.nextInt(NOISE.length()));
  }
}
