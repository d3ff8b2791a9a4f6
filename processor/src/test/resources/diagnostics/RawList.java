package test;

import dev.interactions4j.schema.GeminiOutput;
import java.util.List;

@GeminiOutput
@SuppressWarnings("rawtypes")
public record RawList(String name, List tags) {}
