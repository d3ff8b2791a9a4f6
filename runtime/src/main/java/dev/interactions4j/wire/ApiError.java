package dev.interactions4j.wire;

import tools.jackson.databind.JsonNode;

/**
 * The {@code error} object of a failed HTTP call, in either shape the API uses: {@code {"code":
 * 429, "message": …, "status": "RESOURCE_EXHAUSTED"}} or {@code {"code": "invalid_request",
 * "message": …}}.
 *
 * @param code the code as text, or null
 * @param message the message, or null
 * @param status the RPC status such as {@code NOT_FOUND}, or null
 * @param details raw details, or null
 */
public record ApiError(String code, String message, String status, JsonNode details) {}
