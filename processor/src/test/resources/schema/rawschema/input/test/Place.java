package test;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.RawSchema;

/**
 * A place.
 *
 * @param name what it is called
 * @param location where it is, as the user's own JSON shape
 */
@GeminiOutput
public record Place(
    String name,
    @RawSchema(
            "{\"type\": \"object\", \"properties\": {\"lat\": {\"type\": \"number\"},"
                + " \"lng\": {\"type\": \"number\"}}, \"required\": [\"lat\", \"lng\"]}")
        String location) {}
