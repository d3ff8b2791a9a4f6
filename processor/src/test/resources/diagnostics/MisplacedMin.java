package test;

import dev.interactions4j.GeminiOutput;
import dev.interactions4j.constraints.Min;

@GeminiOutput
public record MisplacedMin(@Min(1) String name) {}
