package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.InteractionRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Timeout(20)
class ReportExportTest {
  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();
  private static final String REDIRECT = "https://vertexaisearch.cloud.google.com/grounding-api-redirect/AUZIYQ";
  private static final String TEXT = "# Tides & <moons>\n\n- Tides are \"old\".\n- Tides are <b>big</b>.\n\nSee also the sea.\nAnd more.";
  // Source 1 resolved and titled by domain, 2 expired, 3 a real title with a direct link, 4 not a web URL.
  private static final Report REPORT = new Report("v1_r", TEXT, List.of(
      new Report.Citation("example.org", REDIRECT + "1", 21, 37),
      new Report.Citation("marketingprofs.com", REDIRECT + "2", 40, 61),
      new Report.Citation("example.org", REDIRECT + "1", 40, 61),
      new Report.Citation("A \"guide\" <to> [tides]", "https://example.net/guide?a=1&b=2", 63, 80),
      new Report.Citation(null, "javascript:alert(1)", 81, 90)),
      Map.of(REDIRECT + "1", SourceLink.resolved(REDIRECT + "1", "https://www.example.org/tides?x=1&y='2'"),
          REDIRECT + "2", SourceLink.unresolved(REDIRECT + "2", "the redirect link has expired (HTTP 404)"),
          "https://example.net/guide?a=1&b=2", SourceLink.direct("https://example.net/guide?a=1&b=2"),
          "javascript:alert(1)", SourceLink.direct("javascript:alert(1)")));

  @Test
  void markdown_numbersThePassages_linksThePages_andMarksWhatStayedARedirect() {
    assertEquals("""
        # Tides & <moons>

        - Tides are "old". [1]
        - Tides are <b>big</b>. [2] [1]

        See also the sea. [3]
        And more. [4]

        ## Sources

        1. [example.org](https://www.example.org/tides?x=1&y='2')
        2. [marketingprofs.com](https://vertexaisearch.cloud.google.com/grounding-api-redirect/AUZIYQ2) \
        (redirect link, not resolved: the redirect link has expired (HTTP 404); it may expire)
        3. [A "guide" \\<to\\> \\[tides\\]](https://example.net/guide?a=1&b=2)
        4. javascript:alert(1) (javascript:alert(1), not an http(s) link)
        """, REPORT.toMarkdown());
  }

  @Test
  void html_escapesEverything_andLinksOnlyWebUrls() {
    assertEquals("""
        <!DOCTYPE html>
        <html>
        <head>
        <meta charset="utf-8">
        <title>Tides &amp; &lt;moons&gt;</title>
        </head>
        <body>
        <article>
        <h1>Tides &amp; &lt;moons&gt;</h1>
        <ul>
        <li>Tides are &quot;old&quot;.<sup><a href="#source-1">[1]</a></sup></li>
        <li>Tides are &lt;b&gt;big&lt;/b&gt;.<sup><a href="#source-2">[2]</a></sup><sup><a href="#source-1">[1]</a></sup></li>
        </ul>
        <p>See also the sea.<sup><a href="#source-3">[3]</a></sup><br>
        And more.<sup><a href="#source-4">[4]</a></sup></p>
        </article>
        <section>
        <h2>Sources</h2>
        <ol>
        <li id="source-1"><a href="https://www.example.org/tides?x=1&amp;y=&#39;2&#39;" rel="noopener noreferrer">example.org</a></li>
        <li id="source-2"><a href="https://vertexaisearch.cloud.google.com/grounding-api-redirect/AUZIYQ2" rel="noopener noreferrer">\
        marketingprofs.com</a> <em class="unresolved">(redirect link, not resolved: the redirect link has expired (HTTP 404); \
        it may expire)</em></li>
        <li id="source-3"><a href="https://example.net/guide?a=1&amp;b=2" rel="noopener noreferrer">A &quot;guide&quot; &lt;to&gt; \
        [tides]</a> <span class="domain">example.net</span></li>
        <li id="source-4">javascript:alert(1) <span class="url">javascript:alert(1)</span> (not an http(s) link)</li>
        </ol>
        </section>
        </body>
        </html>
        """, REPORT.toHtml());
  }

  @Test
  void json_holdsText_spans_andEverySourcesLinks() {
    JsonNode json = JsonMapper.builder().build().readTree(REPORT.toJson());

    assertEquals(TEXT, json.get("text").asString());
    assertEquals("v1_r", json.get("interaction_id").asString());
    JsonNode second = json.get("citations").get(1);
    assertEquals(List.of(2, 2, 40, 61), List.of(second.get("number").asInt(), second.get("source").asInt(),
        second.get("start_index").asInt(), second.get("end_index").asInt()));
    assertEquals("Tides are <b>big</b>.", second.get("text").asString());
    assertEquals(5, json.get("citations").size());

    JsonNode sources = json.get("sources");
    assertEquals(4, sources.size());
    assertSource(sources.get(0), 1, "https://www.example.org/tides?x=1&y='2'", REDIRECT + "1", "example.org", true, "resolved");
    assertSource(sources.get(1), 2, REDIRECT + "2", REDIRECT + "2", "vertexaisearch.cloud.google.com", false, "unresolved");
    assertEquals("the redirect link has expired (HTTP 404)", sources.get(1).get("problem").asString());
    assertTrue(sources.get(0).get("title_is_domain").asBoolean() && sources.get(1).get("title_is_domain").asBoolean());
    assertFalse(sources.get(2).get("title_is_domain").asBoolean());
    assertSource(sources.get(2), 3, "https://example.net/guide?a=1&b=2", "https://example.net/guide?a=1&b=2", "example.net", true, "direct");
    assertTrue(sources.get(3).get("domain").isNull() && sources.get(3).get("title").isNull());
  }

  @Test
  void aResolvedResearchReport_isSavedInEachFormat_byTheFilesExtension(@TempDir Path folder) throws IOException {
    SIMULATOR.simulator().backgroundDuration(Duration.ZERO);
    Report report = Report.from(Clients.client(SIMULATOR.simulator()).startBackground(
        InteractionRequest.agent("deep-research-pro-preview-12-2025").input("tidal energy").build()).await(Duration.ofSeconds(10)))
        .resolveSources(CitationResolutionTest.resolver(SIMULATOR.simulator()).build());

    String markdown = Files.readString(report.saveTo(folder.resolve("r.md")), StandardCharsets.UTF_8);
    String html = Files.readString(report.saveTo(folder.resolve("r.html")), StandardCharsets.UTF_8);
    String json = Files.readString(report.saveTo(folder.resolve("r.json")), StandardCharsets.UTF_8);

    assertEquals(report.toMarkdown(), markdown);
    assertTrue(markdown.contains("has grown steadily over the last decade. [1]\n"), markdown);
    assertTrue(markdown.endsWith("## Sources\n\n1. [example.org](https://example.org/overview/tidal-energy)\n"
        + "2. [example.com](https://example.com/research/tidal-energy/questions)\n"
        + "3. [example.net](https://www.example.net/guides/tidal-energy)\n"), markdown);
    assertTrue(html.contains("<li id=\"source-3\"><a href=\"https://www.example.net/guides/tidal-energy\" rel=\"noopener noreferrer\">"
        + "example.net</a></li>"), html);
    assertTrue(html.contains("<h1>Research report: tidal energy</h1>"), html);
    JsonNode sources = JsonMapper.builder().build().readTree(json).get("sources");
    assertEquals("https://example.com/research/tidal-energy/questions", sources.get(1).get("url").asString());
    assertTrue(sources.get(1).get("original_url").asString().startsWith(SIMULATOR.simulator().redirectBaseUrl() + "/grounding-api-redirect/"));
  }

  private static void assertSource(JsonNode source, int number, String url, String original, String domain, boolean resolved, String status) {
    assertEquals(number, source.get("number").asInt());
    assertEquals(url, source.get("url").asString());
    assertEquals(original, source.get("original_url").asString());
    assertEquals(domain, source.get("domain").asString());
    assertEquals(resolved, source.get("resolved").asBoolean());
    assertEquals(status, source.get("status").asString());
  }
}
