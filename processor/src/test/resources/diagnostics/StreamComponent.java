package test;

import dev.interactions4j.schema.GeminiOutput;
import java.util.stream.Stream;

@GeminiOutput
public record StreamComponent(Stream<String> lines) {}
