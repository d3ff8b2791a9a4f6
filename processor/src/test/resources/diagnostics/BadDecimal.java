package test;

import dev.interactions4j.GeminiOutput;
import dev.interactions4j.constraints.DecimalMin;

@GeminiOutput
public record BadDecimal(@DecimalMin("one") double amount) {}
