package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.genai.Client;
import com.google.genai.gaos.models.environments.EnvironmentFile;
import com.google.genai.gaos.models.operations.GetEnvironmentFilesRequest;
import com.google.genai.types.HttpOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Environments and service tiers, with Google's SDK as the oracle of the environment calls. */
@Timeout(30)
@ExtendWith(SimulatorExtension.class)
class EnvironmentsTest {
  private static Client sdk(Simulator simulator) {
    return Client.builder().apiKey("k").httpOptions(HttpOptions.builder().baseUrl(simulator.baseUrl()).apiVersion("v1beta").build()).build();
  }

  @Test
  void aRemoteEnvironment_keepsWhatTheModelWrote_andTheSdkListsAndDownloadsIt(Simulator simulator) {
    JsonNode answer = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Write a haiku\",\"environment\":\"remote\"}").json();
    String environment = answer.get("environment_id").asString();

    try (Client client = sdk(simulator)) {
      List<EnvironmentFile> files = client.environments.files().list(new GetEnvironmentFilesRequest(environment, ""))
          .getEnvironmentFilesResponse().orElseThrow().files().orElseThrow();
      assertEquals(List.of(EnvironmentStore.ANSWER_FILE), files.stream().map(f -> f.path().orElseThrow()).toList());
      byte[] written = client.environments.files().download(environment, EnvironmentStore.ANSWER_FILE);
      assertEquals(answer.get("output_text").asString(), new String(written, StandardCharsets.UTF_8));
    }
  }

  @Test
  void theSdksUpload_landsInTheEnvironment_andDownloadsTheSame(Simulator simulator) {
    try (Client client = sdk(simulator)) {
      String environment = client.environments.createEnvironment(
          com.google.genai.gaos.models.environments.CreateEnvironmentRequest.builder().build())
          .environment().orElseThrow().id().orElseThrow();
      byte[] bytes = "ship it\n".getBytes(StandardCharsets.UTF_8);

      client.environments.files().upload(environment, "notes/todo.txt", bytes);

      assertArrayEquals(bytes, client.environments.files().download(environment, "notes/todo.txt"));
      RecordedRequest start = simulator.requests().stream()
          .filter(request -> "start".equals(request.header("X-Goog-Upload-Command"))).findFirst().orElseThrow();
      assertEquals("PUT", start.method());
      assertTrue(start.pathAndQuery().startsWith("/upload/v1beta/environments/" + environment + "/files/notes/todo.txt"),
          start.pathAndQuery());
      assertEquals(environment, client.environments.getEnvironment(environment).environment().orElseThrow().id().orElseThrow());
      client.environments.deleteEnvironment(environment);
      assertEquals(404, Http.get(simulator, "/v1beta/environments/" + environment).status());
    }
  }

  @Test
  void anEnvironmentId_continuesInTheSameEnvironment(Simulator simulator) {
    JsonNode first = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Hi\",\"environment\":\"remote\"}").json();
    String environment = first.get("environment_id").asString();

    JsonNode second = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Again\",\"previous_interaction_id\":\""
        + first.get("id").asString() + "\",\"environment\":\"" + environment + "\"}").json();
    Http.Answer unknown = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Hi\",\"environment\":\"env_missing\"}");

    assertEquals(environment, second.get("environment_id").asString());
    assertEquals(404, unknown.status());
  }

  @Test
  void inlineSources_becomeFiles_andListingPages(Simulator simulator) {
    String sources = "[{\"type\":\"inline\",\"target\":\"/src/a.txt\",\"content\":\"A\"},"
        + "{\"type\":\"inline\",\"target\":\"/src/b.txt\",\"content\":\"Qg==\",\"encoding\":\"base64\"}]";
    JsonNode environment = Http.post(simulator, "/v1beta/environments", "{\"sources\":" + sources + ",\"network\":\"disabled\"}").json();
    String id = environment.get("id").asString();

    JsonNode page1 = Http.get(simulator, "/v1beta/environments/" + id + "/files/src?page_size=1").json();
    JsonNode page2 = Http.get(simulator, "/v1beta/environments/" + id + "/files/src?page_size=1&page_token="
        + page1.get("next_page_token").asString()).json();

    assertEquals("2", environment.get("file_count").asString());
    assertEquals("disabled", environment.get("network").asString());
    assertEquals("src/a.txt", page1.get("files").get(0).get("path").asString());
    assertEquals("src/b.txt", page2.get("files").get(0).get("path").asString());
    assertTrue(page2.path("next_page_token").isMissingNode());
    assertEquals("B", Http.get(simulator, "/v1beta/environments/" + id + "/files/src/b.txt?alt=media").body());
  }

  @Test
  void serviceTier_isEchoed_andAnUndocumentedOneRefused(Simulator simulator) {
    JsonNode flex = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Hi\",\"service_tier\":\"flex\"}").json();
    Http.Answer turbo = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Hi\",\"service_tier\":\"turbo\"}");

    assertEquals("flex", flex.get("service_tier").asString());
    assertEquals(400, turbo.status());
  }
}
