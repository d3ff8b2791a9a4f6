package test;

import dev.interactions4j.schema.GeminiOutput;

@GeminiOutput
public record ObjectComponent(String name, Object payload) {}
