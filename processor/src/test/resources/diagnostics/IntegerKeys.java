package test;

import dev.interactions4j.schema.GeminiOutput;
import java.util.Map;

@GeminiOutput
public record IntegerKeys(Map<Integer, String> byId) {}
