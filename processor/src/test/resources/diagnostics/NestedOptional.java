package test;

import dev.interactions4j.GeminiOutput;
import java.util.List;
import java.util.Optional;

@GeminiOutput
public record NestedOptional(List<Optional<String>> maybe) {}
