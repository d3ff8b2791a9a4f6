package test;

import dev.interactions4j.GeminiOutput;
import dev.interactions4j.JsonName;

@GeminiOutput
public record DuplicateNames(
    @JsonName("name") String title,
    String name) {}
