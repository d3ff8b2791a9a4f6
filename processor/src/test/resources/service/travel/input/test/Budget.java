package test;

import dev.interactions4j.schema.GeminiOutput;

@GeminiOutput
public record Budget(int amount, String currency) {}
