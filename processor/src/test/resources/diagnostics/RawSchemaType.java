package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.RawSchema;

@GeminiOutput
public record RawSchemaType(@RawSchema("{\"type\": \"integer\"}") long location) {}
