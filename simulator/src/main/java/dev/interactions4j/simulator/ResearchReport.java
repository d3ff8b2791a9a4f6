package dev.interactions4j.simulator;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The markdown report a research agent ends with, its citations pointing at the right spans. */
final class ResearchReport {
  private record Source(String title, String url, String claim) {}

  private ResearchReport() {}

  /** A text content object with {@code url_citation} annotations. */
  static ObjectNode content(String topic) {
    String slug = topic.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    List<Source> sources = List.of(
        new Source("An overview of " + topic, "https://example.org/overview/" + slug,
            "Interest in " + topic + " has grown steadily over the last decade."),
        new Source(topic + ": open questions", "https://example.com/research/" + slug + "/questions",
            "Researchers disagree on how to measure progress in " + topic + "."),
        new Source("A field guide to " + topic, "https://example.net/guides/" + slug,
            "Practitioners recommend starting with small, well-measured experiments."));
    StringBuilder text = new StringBuilder("# Research report: ").append(topic).append("\n\n## Findings\n\n");
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ArrayNode annotations = nodes.arrayNode();
    for (Source source : sources) {
      text.append("- ");
      int start = text.length();
      text.append(source.claim());
      int end = text.length();
      text.append('\n');
      ObjectNode citation = annotations.addObject();
      citation.put("type", "url_citation");
      citation.put("url", source.url());
      citation.put("title", source.title());
      citation.put("start_index", start);
      citation.put("end_index", end);
    }
    text.append("\n## Conclusion\n\n").append(topic)
        .append(" rewards careful reading of primary sources; the three above are a good start.\n");
    ObjectNode content = nodes.objectNode();
    content.put("type", "text");
    content.put("text", text.toString());
    content.set("annotations", annotations);
    return content;
  }
}
