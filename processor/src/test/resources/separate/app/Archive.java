package app;

import dev.interactions4j.schema.GeminiOutput;
import lib.Legacy;

@GeminiOutput
public record Archive(Legacy entry) {}
