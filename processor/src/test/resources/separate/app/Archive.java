package app;

import dev.interactions4j.GeminiOutput;
import lib.Legacy;

@GeminiOutput
public record Archive(Legacy entry) {}
