package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.DecimalMin;

@GeminiOutput
public record BadDecimal(@DecimalMin("one") double amount) {}
