package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.Size;
import java.util.List;
import java.util.Optional;

/**
 * A recipe the model suggests.
 *
 * @param name name of the dish
 * @param ingredients what goes in
 * @param minutes how long it takes, if known
 * @param difficulty how hard it is
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
    EASY,
    MEDIUM,
    HARD
  }
}
