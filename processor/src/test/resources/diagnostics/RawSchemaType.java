package test;

import dev.interactions4j.GeminiOutput;
import dev.interactions4j.RawSchema;

@GeminiOutput
public record RawSchemaType(@RawSchema("{\"type\": \"integer\"}") long location) {}
