package test;

import dev.interactions4j.schema.GeminiOutput;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lists, sets, collections, arrays and maps, nested too. */
@GeminiOutput
public record Containers(
    List<String> tags,
    Set<Integer> numbers,
    Collection<Double> values,
    String[] names,
    int[] ints,
    long[] longs,
    double[] doubles,
    boolean[] bits,
    Map<String, Integer> counts,
    Map<String, List<Recipe.Ingredient>> byAisle,
    List<List<String>> grid) {}
