package test;

import dev.interactions4j.GeminiOutput;
import dev.interactions4j.RawSchema;

@GeminiOutput
public record RawSchemaInvalid(@RawSchema("{\"type\": ") String location) {}
