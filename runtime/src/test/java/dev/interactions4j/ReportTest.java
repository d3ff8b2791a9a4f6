package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.wire.WireJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final String COMPLETED = "{\"id\":\"v1_r\",\"status\":\"completed\",\"steps\":[{\"type\":\"model_output\","
      + "\"content\":[{\"type\":\"text\",\"text\":\"# Tides\\n\"},{\"type\":\"text\",\"text\":\"Tides are old. Tides are big.\","
      + "\"annotations\":[{\"type\":\"url_citation\",\"url\":\"https://r.example/2\",\"title\":\"Big\",\"start_index\":15,\"end_index\":29},"
      + "{\"type\":\"url_citation\",\"url\":\"https://r.example/1\",\"title\":\"Old\",\"start_index\":0,\"end_index\":14},"
      + "{\"type\":\"url_citation\",\"url\":\"https://r.example/1\",\"title\":\"Old\",\"start_index\":15,\"end_index\":29}]}]}]}";

  @Test
  void citations_keepTitleUrlAndPositionInTheWholeText_inOrder() {
    Report report = Report.from(WireJson.readInteraction(COMPLETED));

    assertEquals("# Tides\nTides are old. Tides are big.", report.markdown());
    assertEquals(List.of(new Report.Citation("Old", "https://r.example/1", 8, 22),
        new Report.Citation("Big", "https://r.example/2", 23, 37), new Report.Citation("Old", "https://r.example/1", 23, 37)),
        report.citations());
    assertEquals("Tides are old.", report.markdown().substring(8, 22));
  }

  @Test
  void citationIndices_areTheApisUtf8ByteOffsets_turnedIntoStringIndices() {
    String answer = "{\"id\":\"v1_u\",\"status\":\"completed\",\"steps\":[{\"type\":\"model_output\",\"content\":["
        + "{\"type\":\"text\",\"text\":\"Zürich 🌊\\n\"},{\"type\":\"text\",\"text\":\"Schön. Très bien.\",\"annotations\":["
        + "{\"type\":\"url_citation\",\"url\":\"https://r.example/1\",\"start_index\":0,\"end_index\":7},"
        + "{\"type\":\"url_citation\",\"url\":\"https://r.example/2\",\"start_index\":8,\"end_index\":19},"
        + "{\"type\":\"url_citation\",\"url\":\"https://r.example/3\",\"start_index\":8,\"end_index\":99}]}]}]}";
    Report report = Report.from(WireJson.readInteraction(answer));

    String text = report.markdown();
    assertEquals("Schön.", text.substring(report.citations().get(0).startIndex(), report.citations().get(0).endIndex()));
    assertEquals("Très bien.", text.substring(report.citations().get(1).startIndex(), report.citations().get(1).endIndex()));
    assertEquals(-1, report.citations().get(2).endIndex(), "past the end of its text");
    assertEquals("Zürich 🌊\nSchön. [1] Très bien. [2]", report.toMarkdown().substring(0, report.toMarkdown().indexOf("\n\n## Sources")));
  }

  @Test
  void aCitationWithoutUrl_isKeptByItsTitle_andExportsEverywhere() {
    Report report = Report.from(WireJson.readInteraction("{\"id\":\"v1_n\",\"status\":\"completed\",\"steps\":[{\"type\":"
        + "\"model_output\",\"content\":[{\"type\":\"text\",\"text\":\"Seas rise.\",\"annotations\":[{\"type\":\"url_citation\","
        + "\"title\":\"noaa.gov\",\"start_index\":0,\"end_index\":10}]}]}]}")).resolveSources();

    assertEquals("Seas rise. [1]\n\n## Sources\n\n1. noaa.gov\n", report.toMarkdown());
    assertTrue(report.toHtml().contains("<li id=\"source-1\">noaa.gov</li>"), report.toHtml());
    assertTrue(report.toJson().contains("\"url\" : \"\"") && report.toJson().contains("\"resolved\" : false"), report.toJson());
  }

  @Test
  void markdown_marksEachCitedPassage_andListsSourcesOnce() {
    assertEquals("# Tides\nTides are old. [1] Tides are big. [2] [1]\n\n## Sources\n\n1. [Old](https://r.example/1)\n"
        + "2. [Big](https://r.example/2)\n", Report.from(WireJson.readInteraction(COMPLETED)).toMarkdown());
  }

  @Test
  void aFailedInteraction_isATypedError() {
    InteractionFailedException failure = assertThrows(InteractionFailedException.class, () -> Report.from(WireJson.readInteraction(
        "{\"id\":\"v1_f\",\"status\":\"failed\",\"errors\":[{\"code\":\"quota\",\"message\":\"Out of budget\"}]}")));

    assertEquals("Interaction v1_f ended failed: Out of budget (quota)", failure.getMessage());
  }
}
