package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

@ExtendWith(SimulatorExtension.class)
@Timeout(20)
class GroundingRedirectTest {

  @Test
  void researchReport_citesRedirectLinksTitledByDomain_andEachRedirectsToItsPage(Simulator simulator) {
    JsonNode text = researchText(simulator, "tidal energy");

    List<String> titles = new ArrayList<>();
    List<String> pages = new ArrayList<>();
    for (JsonNode citation : text.get("annotations")) {
      String url = citation.get("url").asString();
      assertTrue(url.startsWith(simulator.redirectBaseUrl() + "/grounding-api-redirect/AUZIYQ"), url);
      assertFalse(url.contains("example"), "the link does not name the page: " + url);
      titles.add(citation.get("title").asString());
      Http.Answer redirect = get(url);
      assertEquals(302, redirect.status());
      pages.add(redirect.headers().firstValue("Location").orElseThrow());
    }
    assertEquals(List.of("example.org", "example.com", "example.net"), titles);
    assertEquals(List.of("https://example.org/overview/tidal-energy", "https://example.com/research/tidal-energy/questions",
        "https://www.example.net/guides/tidal-energy"), pages);
    assertNotEquals(simulator.baseUrl(), simulator.redirectBaseUrl(), "redirects come from a host of their own");
  }

  @Test
  void citationIndices_countUtf8Bytes_asTheApiDoes(Simulator simulator) {
    JsonNode text = researchText(simulator, "énergie marémotrice");

    byte[] bytes = text.get("text").asString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    JsonNode first = text.get("annotations").get(0);
    String cited = new String(bytes, first.get("start_index").asInt(), first.get("end_index").asInt() - first.get("start_index").asInt(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertEquals("Interest in énergie marémotrice has grown steadily over the last decade.", cited);
  }

  @Test
  void googleSearchAnswer_isGroundedWithRedirectCitationsOverItsText(Simulator simulator) {
    JsonNode answer = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Who won the 2030 cup?\",\"tools\":[{\"type\":\"google_search\"}]}").json();

    JsonNode text = answer.get("steps").get(0).get("content").get(0);
    assertEquals(2, text.get("annotations").size());
    for (JsonNode citation : text.get("annotations")) {
      assertEquals(0, citation.get("start_index").asInt());
      assertEquals(text.get("text").asString().length(), citation.get("end_index").asInt());
      assertEquals(302, get(citation.get("url").asString()).status());
      assertTrue(citation.get("title").asString().endsWith("example.org") || citation.get("title").asString().endsWith("example.com"));
    }
    JsonNode plain = Http.create(simulator, "{\"model\":\"m\",\"input\":\"Who won the 2030 cup?\"}").json();
    assertNull(plain.get("steps").get(0).get("content").get(0).get("annotations"), "no search, no citations");
  }

  @Test
  void expiryFault_answersSomeLinks404_andTheSameLinkAlwaysTheSame(Simulator simulator) {
    simulator.faults().expireRedirects(0.5);
    int expired = 0;
    int live = 0;
    for (String topic : List.of("tides", "coral reefs", "wind power", "geothermal heat")) {
      for (JsonNode citation : researchText(simulator, topic).get("annotations")) {
        String url = citation.get("url").asString();
        int status = get(url).status();
        assertEquals(status, get(url).status(), "an expired link stays expired: " + url);
        expired += status == 404 ? 1 : 0;
        live += status == 302 ? 1 : 0;
      }
    }
    assertEquals(12, expired + live);
    assertTrue(expired > 0 && live > 0, expired + " expired, " + live + " live");

    simulator.faults().expireRedirects(0);
    assertEquals(404, get(simulator.redirectBaseUrl() + "/grounding-api-redirect/AUZIYQunknown").status(), "unknown links are not found");
  }

  @Test
  void redirectDelay_stallsTheRedirectHostOnly_andRequestsAreRecorded(Simulator simulator) {
    String url = researchText(simulator, "tides").get("annotations").get(0).get("url").asString();
    simulator.faults().redirectDelay(Duration.ofMillis(300));

    long start = System.nanoTime();
    Http.Answer head = Http.send(HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(302, head.status());
    assertTrue(millis >= 300, "stalled " + millis + " ms");
    RecordedRequest recorded = simulator.redirectRequests().get(0);
    assertEquals("HEAD", recorded.method());
    assertTrue(recorded.pathAndQuery().startsWith("/grounding-api-redirect/"));
    assertEquals(1, simulator.redirectConcurrencyPeak());
  }

  /** The text of a research report written by the simulator's agent at once. */
  static JsonNode researchText(Simulator simulator, String topic) {
    simulator.backgroundDuration(Duration.ZERO);
    String id = Http.create(simulator, "{\"agent\":\"deep-research-pro-preview-12-2025\",\"input\":\"" + topic + "\",\"background\":true}")
        .json().get("id").asString();
    JsonNode done = Http.get(simulator, "/v1beta/interactions/" + id).json();
    assertEquals("completed", done.get("status").asString());
    JsonNode steps = done.get("steps");
    return steps.get(steps.size() - 1).get("content").get(0);
  }

  private static Http.Answer get(String url) {
    return Http.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }
}
