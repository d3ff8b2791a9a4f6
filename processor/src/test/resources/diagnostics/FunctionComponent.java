package test;

import dev.interactions4j.schema.GeminiOutput;
import java.util.function.Function;

@GeminiOutput
public record FunctionComponent(Function<String, String> mapper) {}
