package test;

import dev.interactions4j.GeminiOutput;
import dev.interactions4j.constraints.Nullable;

@GeminiOutput
public record NullablePrimitive(@Nullable int count) {}
