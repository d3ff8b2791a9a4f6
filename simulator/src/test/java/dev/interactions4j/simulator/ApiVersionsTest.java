package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Every route under each API version the endpoints serve, and the version each request recorded. */
@Timeout(30)
@ExtendWith(SimulatorExtension.class)
class ApiVersionsTest {

  private static Http.Answer send(Simulator simulator, String method, String path, String body, boolean bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
        .header(bearer ? "Authorization" : "x-goog-api-key", bearer ? "Bearer t" : "k")
        .header("Content-Type", "application/json");
    return Http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body)).build());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "/v1/interactions, v1, false",
      "/v1beta/interactions, v1beta, false",
      "/v1/projects/p/locations/global/interactions, v1, true",
      "/v1beta1/projects/p/locations/global/interactions, v1beta1, true",
      "/v1/locations/global/interactions, v1, false",
      "/v1beta1/locations/global/interactions, v1beta1, false",
      "/v1beta1/interactions, v1beta1, false"})
  void create_get_stream_cancel_delete_answerUnderEachVersion(String base, String version, boolean bearer, Simulator simulator) {
    JsonNode created = send(simulator, "POST", base, "{\"model\":\"m\",\"input\":\"hello\"}", bearer).json();
    String id = created.get("id").asString();
    assertEquals(200, send(simulator, "GET", base + "/" + id, null, bearer).status());
    assertEquals(200, send(simulator, "GET", base + "/" + id + "?stream=true", null, bearer).status());
    assertEquals(200, send(simulator, "POST", base, "{\"model\":\"m\",\"input\":\"hi\",\"stream\":true}", bearer).status());
    String background = send(simulator, "POST", base, "{\"model\":\"m\",\"input\":\"x\",\"background\":true}", bearer)
        .json().get("id").asString();
    assertEquals("cancelled", send(simulator, "POST", base + "/" + background + "/cancel", null, bearer).json()
        .get("status").asString());
    assertEquals(200, send(simulator, "DELETE", base + "/" + id, null, bearer).status());

    List<String> versions = simulator.requests().stream().map(RecordedRequest::apiVersion).distinct().toList();
    assertEquals(List.of(version), versions);
  }

  @Test
  void webhooksEnvironmentsAndFiles_answerUnderV1Too(Simulator simulator) {
    assertEquals(200, Http.get(simulator, "/v1/webhooks").status());
    assertEquals(200, Http.get(simulator, "/v1/environments").status());
    assertEquals(200, Http.get(simulator, "/v1/files").status());
    assertEquals(List.of("v1"), simulator.requests().stream().map(RecordedRequest::apiVersion).distinct().toList());
  }

  @Test
  void pathsOutsideTheApi_recordNoVersion(Simulator simulator) {
    assertEquals(404, Http.get(simulator, "/v2/interactions").status());
    assertEquals(1, simulator.requests().size());
    assertEquals(null, simulator.requests().get(0).apiVersion());
  }
}
