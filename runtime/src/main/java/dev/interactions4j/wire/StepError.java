package dev.interactions4j.wire;

import tools.jackson.databind.JsonNode;

/**
 * An error reported inside an interaction ({@code errors}) or a model output step ({@code error}).
 *
 * @param code the code as text (the API sends numbers and strings), or null
 * @param message the message, or null
 * @param details raw details, or null
 */
public record StepError(String code, String message, JsonNode details) {}
