package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.JsonName;

@GeminiOutput
public record DuplicateNames(
    @JsonName("name") String title,
    String name) {}
