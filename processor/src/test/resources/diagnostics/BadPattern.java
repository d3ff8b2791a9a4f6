package test;

import dev.interactions4j.GeminiOutput;
import dev.interactions4j.constraints.Pattern;

@GeminiOutput
public record BadPattern(@Pattern(regexp = "[a-z") String code) {}
