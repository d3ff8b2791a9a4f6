package test;

import dev.interactions4j.schema.GeminiOutput;
import java.util.List;
import java.util.Optional;

@GeminiOutput
public record NestedOptional(List<Optional<String>> maybe) {}
