package test;

import dev.interactions4j.schema.GeminiOutput;

@GeminiOutput
public record ThreadComponent(Thread worker) {}
