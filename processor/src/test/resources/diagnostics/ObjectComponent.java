package test;

import dev.interactions4j.GeminiOutput;

@GeminiOutput
public record ObjectComponent(String name, Object payload) {}
