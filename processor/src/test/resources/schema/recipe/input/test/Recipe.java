package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.Size;
import java.util.List;
import java.util.Optional;

/**
 * A recipe the model suggests. Keep it short.
 *
 * @param name Name of the dish.
 * @param ingredients What goes in, in order of use.
 * @param minutes How long it takes, if known.
 */
@GeminiOutput
public record Recipe(
    String name,
    @Size(min = 1) List<Ingredient> ingredients,
    Optional<Integer> minutes,
    Difficulty difficulty) {

  /** One ingredient. */
  public record Ingredient(String name, double amount, String unit) {}

  /** How hard a recipe is. */
  public enum Difficulty {
    /** Anyone can do it. */
    EASY,
    MEDIUM,
    HARD
  }
}
