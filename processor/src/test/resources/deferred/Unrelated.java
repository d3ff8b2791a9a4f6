package test;

import dev.interactions4j.schema.GeminiOutput;

/** A good type next to bad ones. */
@GeminiOutput
public record Unrelated(String name) {}
