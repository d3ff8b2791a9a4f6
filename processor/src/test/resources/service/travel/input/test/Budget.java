package test;

import dev.interactions4j.GeminiOutput;

@GeminiOutput
public record Budget(int amount, String currency) {}
