package test;

import dev.interactions4j.GeminiOutput;
import dev.interactions4j.constraints.Max;
import dev.interactions4j.constraints.Min;

@GeminiOutput
public record EmptyRange(@Min(10) @Max(1) int level) {}
