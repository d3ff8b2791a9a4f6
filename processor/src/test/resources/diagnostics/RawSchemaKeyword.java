package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.RawSchema;

@GeminiOutput
public record RawSchemaKeyword(
    @RawSchema("{\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"integer\", \"multipleOf\": 2}}}")
        String location) {}
