package dev.interactions4j.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP calls to a simulator, with JSON trees: the tests' own view of the wire. */
final class Http {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  record Answer(int status, String body, java.net.http.HttpHeaders headers) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  private Http() {}

  static Answer post(Simulator simulator, String path, String body) {
    return send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path)).header("x-goog-api-key", "k")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  static Answer create(Simulator simulator, String body) {
    return post(simulator, "/v1beta/interactions", body);
  }

  static Answer get(Simulator simulator, String path) {
    return send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path)).header("x-goog-api-key", "k").GET().build());
  }

  static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
