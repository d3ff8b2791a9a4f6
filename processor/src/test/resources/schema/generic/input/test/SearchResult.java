package test;

import dev.interactions4j.schema.GeminiOutput;

/** Generic records with concrete type arguments. */
@GeminiOutput
public record SearchResult(Page<Recipe.Ingredient> ingredients, Page<String> names) {}
