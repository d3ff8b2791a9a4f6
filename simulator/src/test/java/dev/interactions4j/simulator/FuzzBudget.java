package dev.interactions4j.simulator;

/**
 * How long a fuzz test runs. By default a fixed seed and case count, so every run is the same and
 * a failure always reproduces; with {@code -Dfuzz.seconds=N} a fresh seed (or {@code -Dfuzz.seed})
 * and as many cases as fit in N seconds. Its {@link #toString()} names the seed: put it in
 * failure messages, and rerun a failure with {@code -Dfuzz.seed=<seed>}.
 */
public final class FuzzBudget {
  private final long seed;
  private final int maxCases;
  private final long deadline;
  private int cases;

  private FuzzBudget(long seed, int maxCases, long deadline) {
    this.seed = seed;
    this.maxCases = maxCases;
    this.deadline = deadline;
  }

  /** The budget the system properties ask for, else {@code defaultCases} cases from {@code defaultSeed}. */
  public static FuzzBudget of(long defaultSeed, int defaultCases) {
    String seconds = System.getProperty("fuzz.seconds");
    String seedProperty = System.getProperty("fuzz.seed");
    if (seconds == null) {
      return new FuzzBudget(seedProperty == null ? defaultSeed : Long.parseLong(seedProperty), defaultCases, Long.MAX_VALUE);
    }
    long seed = seedProperty == null ? System.nanoTime() : Long.parseLong(seedProperty);
    return new FuzzBudget(seed, Integer.MAX_VALUE, System.nanoTime() + Long.parseLong(seconds) * 1_000_000_000L);
  }

  /** The seed of this run. */
  public long seed() {
    return seed;
  }

  /** Whether to run another case; counts it. */
  public boolean next() {
    if (cases >= maxCases || System.nanoTime() - deadline > 0) {
      return false;
    }
    cases++;
    return true;
  }

  /** Cases run so far. */
  public int cases() {
    return cases;
  }

  @Override
  public String toString() {
    return "fuzz seed " + seed + " (" + cases + " cases; rerun with -Dfuzz.seed=" + seed + ")";
  }
}
