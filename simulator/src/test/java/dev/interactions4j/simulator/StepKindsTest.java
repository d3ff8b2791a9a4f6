package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.genai.gaos.models.interactions.Interaction;
import com.google.genai.gaos.models.interactions.InteractionSSEEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every step kind, content kind and annotation the API defines comes out of the simulator when a
 * request asks for its tool or modality, and Google's SDK reads the answers and stream events.
 */
@ExtendWith(SimulatorExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StepKindsTest {
  private static final ObjectMapper SDK = com.google.genai.gaos.utils.JSON.getMapper();

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of("{\"model\":\"m\",\"input\":\"Who won the 2022 World Cup?\",\"tools\":[{\"type\":\"google_search\"}]}",
            List.of("model_output", "google_search_call", "google_search_result"), "url_citation"),
        Arguments.of("{\"model\":\"m\",\"input\":\"Summarize https://example.com/a\",\"tools\":[{\"type\":\"url_context\"}]}",
            List.of("model_output", "url_context_call", "url_context_result"), null),
        Arguments.of("{\"model\":\"m\",\"input\":\"Calculate 2 plus 40\",\"tools\":[{\"type\":\"code_execution\"}]}",
            List.of("model_output", "code_execution_call", "code_execution_result"), null),
        Arguments.of("{\"model\":\"m\",\"input\":\"Use search_docs for interactions\",\"tools\":[{\"type\":\"mcp_server\","
            + "\"name\":\"docs\",\"url\":\"https://mcp.example.com/mcp\",\"allowed_tools\":[{\"mode\":\"auto\",\"tools\":[\"search_docs\"]}]}]}",
            List.of("model_output", "mcp_server_tool_call", "mcp_server_tool_result"), null),
        Arguments.of("{\"model\":\"m\",\"input\":\"What do my notes say about tides?\",\"tools\":[{\"type\":\"file_search\","
            + "\"file_search_store_names\":[\"fileSearchStores/notes\"]}]}",
            List.of("model_output", "file_search_call", "file_search_result"), "file_citation"),
        Arguments.of("{\"model\":\"m\",\"input\":\"Coffee near the Louvre\",\"tools\":[{\"type\":\"google_maps\"}]}",
            List.of("model_output", "google_maps_call", "google_maps_result"), "place_citation"),
        Arguments.of("{\"model\":\"m\",\"input\":\"Think about tides\",\"generation_config\":{\"thinking_level\":\"low\","
            + "\"thinking_summaries\":\"auto\"}}", List.of("thought", "model_output"), null),
        Arguments.of("{\"model\":\"m\",\"input\":\"A red fox\",\"response_modalities\":[\"image\"]}", List.of("model_output"), null),
        Arguments.of("{\"model\":\"m\",\"input\":\"A red fox\",\"response_format\":{\"type\":\"image\",\"mime_type\":\"image/png\","
            + "\"delivery\":\"uri\"}}", List.of("model_output"), null),
        Arguments.of("{\"model\":\"m\",\"input\":\"Say hello\",\"response_modalities\":[\"audio\"]}", List.of("model_output"), null),
        Arguments.of("{\"model\":\"m\",\"input\":\"A red fox\",\"response_modalities\":[\"video\"]}", List.of("model_output"), null),
        Arguments.of("{\"model\":\"m\",\"input\":\"A red fox\",\"response_format\":{\"type\":\"video\",\"delivery\":\"uri\"}}",
            List.of("model_output"), null),
        Arguments.of("{\"model\":\"m\",\"input\":\"A red fox\",\"response_modalities\":[\"document\"]}", List.of("model_output"), null));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void everyKind_isSent_andReadsIntoGooglesModel(String request, List<String> stepTypes, String annotation, Simulator simulator)
      throws Exception {
    Http.Answer answer = Http.create(simulator, request);

    assertEquals(200, answer.status(), answer.body());
    JsonNode json = answer.json();
    List<String> types = new ArrayList<>();
    json.get("steps").forEach(step -> types.add(step.get("type").asString()));
    assertEquals(stepTypes, types);
    if (annotation != null) {
      assertEquals(annotation, json.at("/steps/0/content/0/annotations/0/type").asString(), answer.body());
    }
    // The SDK keeps every field the simulator sends except the constant "object": "interaction"...
    Interaction sdk = SDK.readValue(answer.body(), Interaction.class);
    assertEquals(stepTypes.size(), sdk.steps().orElseThrow().size());
    var ours = (com.fasterxml.jackson.databind.node.ObjectNode) SDK.readTree(answer.body());
    ours.remove("object");
    // ... and a file search result's (empty) result, which its delta class requires but its step class lacks.
    ours.withArray("steps").forEach(step -> {
      if (step.path("type").asText().equals("file_search_result")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) step).remove("result");
      }
    });
    assertEquals(ours, SDK.readTree(SDK.writeValueAsString(sdk)));
    for (String event : Sse.events(Http.create(simulator, request.replaceFirst("\\{", "{\"stream\":true,")).body())) {
      String theirs = SDK.writeValueAsString(SDK.readValue(event, InteractionSSEEvent.class));
      assertEquals(SDK.readTree(event), SDK.readTree(theirs), event);
    }
  }

  @Test
  void grounding_isCountedInUsage_withToolUseTokens(Simulator simulator) {
    JsonNode usage = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Coffee near the Louvre\",\"tools\":"
        + "[{\"type\":\"google_search\"},{\"type\":\"google_maps\"}]}").json().get("usage");

    assertEquals("[{\"type\":\"google_search\",\"count\":1},{\"type\":\"google_maps\",\"count\":1}]",
        usage.get("grounding_tool_count").toString());
    assertTrue(usage.get("total_tool_use_tokens").asInt() > 0, usage.toString());
    assertEquals(usage.get("total_tool_use_tokens").asInt(), usage.at("/tool_use_tokens_by_modality/0/tokens").asInt());
    assertEquals(usage.get("total_output_tokens").asInt(), usage.at("/output_tokens_by_modality/0/tokens").asInt());
  }

  @Test
  void mediaByUri_hasAUriAndNoData_andTheFileDownloads(Simulator simulator) throws Exception {
    JsonNode answer = Http.create(simulator, "{\"model\":\"m\",\"input\":\"A red fox\",\"response_format\":"
        + "{\"type\":\"image\",\"delivery\":\"uri\"}}").json();

    JsonNode image = answer.at("/steps/0/content/1");
    assertEquals("image", image.get("type").asString());
    String uri = image.get("uri").asString();
    assertTrue(uri.startsWith(simulator.baseUrl() + "/v1beta/files/"), image.toString());
    assertTrue(!image.has("data"), image.toString());
    assertEquals(image, answer.get("output_image"));
    String id = uri.substring(uri.lastIndexOf('/') + 1);
    JsonNode file = Http.get(simulator, "/v1beta/files/" + id).json();
    assertEquals("GENERATED", file.get("source").asString());
    assertEquals("ACTIVE", file.get("state").asString());
    assertEquals(simulator.baseUrl() + "/v1beta/files/" + id + ":download?alt=media", file.get("downloadUri").asString());
    java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(file.get("downloadUri").asString())).build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("image/png", download.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(file.get("sizeBytes").asString(), Integer.toString(download.body().length));
    assertEquals("PNG", new String(download.body(), 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void serviceTier_andEnvironment_areAnswered(Simulator simulator) {
    JsonNode plain = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Hi\"}").json();
    JsonNode flex = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Hi\",\"service_tier\":\"flex\",\"environment\":\"remote\"}").json();

    assertEquals("standard", plain.get("service_tier").asString());
    assertTrue(!plain.has("environment_id"));
    assertEquals("flex", flex.get("service_tier").asString());
    assertTrue(flex.get("environment_id").asString().startsWith("env_"), flex.toString());
  }
}
