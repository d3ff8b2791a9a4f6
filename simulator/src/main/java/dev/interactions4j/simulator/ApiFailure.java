package dev.interactions4j.simulator;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** An error answer in the Google RPC shape: {@code {"error": {"code", "message", "status"}}}. */
final class ApiFailure extends Exception {
  private static final long serialVersionUID = 1L;

  final int httpStatus;
  final String status;

  ApiFailure(int httpStatus, String status, String message) {
    super(message, null, false, false);
    this.httpStatus = httpStatus;
    this.status = status;
  }

  static ApiFailure invalid(String message) {
    return new ApiFailure(400, "INVALID_ARGUMENT", message);
  }

  static ApiFailure notFound(String message) {
    return new ApiFailure(404, "NOT_FOUND", message);
  }

  String body() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ObjectNode error = body.putObject("error");
    error.put("code", httpStatus);
    error.put("message", getMessage());
    error.put("status", status);
    return body.toString();
  }
}
