package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.Pattern;

@GeminiOutput
public record BadPattern(@Pattern(regexp = "[a-z") String code) {}
