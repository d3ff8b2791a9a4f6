package test;

import dev.interactions4j.schema.GeminiOutput;
import java.util.List;

@GeminiOutput
public record GenericArray(List<String>[] rows) {}
