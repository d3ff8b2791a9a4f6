package dev.interactions4j;

import dev.interactions4j.wire.Interaction;

/**
 * A structured output value with the interaction it came from (id, usage, steps).
 *
 * @param value the parsed value
 * @param interaction the answer
 * @param <T> the value's type
 */
public record Structured<T>(T value, Interaction interaction) {}
