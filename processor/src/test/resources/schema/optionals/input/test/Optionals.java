package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.Nullable;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Every way a property may be missing. */
@GeminiOutput
public record Optionals(
    Optional<String> note,
    OptionalInt count,
    OptionalLong total,
    OptionalDouble score,
    @Nullable String nickname,
    @Nullable Recipe.Ingredient extra,
    @Nullable Recipe.Difficulty level,
    Optional<Recipe.Ingredient> spare) {}
