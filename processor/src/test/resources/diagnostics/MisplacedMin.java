package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.Min;

@GeminiOutput
public record MisplacedMin(@Min(1) String name) {}
