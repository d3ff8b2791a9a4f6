package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.Nullable;

@GeminiOutput
public record NullablePrimitive(@Nullable int count) {}
