package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.Max;
import dev.interactions4j.schema.Min;

@GeminiOutput
public record EmptyRange(@Min(10) @Max(1) int level) {}
