package dev.interactions4j.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The markdown report a research agent ends with, its citations pointing at the right spans
 * through redirect links, as the real agent's do.
 */
final class ResearchReport {
  private record Source(String page, String claim) {}

  private ResearchReport() {}

  /** A text content object with {@code url_citation} annotations. */
  static ObjectNode content(String topic, RedirectHost redirects) {
    String slug = slug(topic);
    List<Source> sources = List.of(
        new Source("https://example.org/overview/" + slug,
            "Interest in " + topic + " has grown steadily over the last decade."),
        new Source("https://example.com/research/" + slug + "/questions",
            "Researchers disagree on how to measure progress in " + topic + "."),
        new Source("https://www.example.net/guides/" + slug,
            "Practitioners recommend starting with small, well-measured experiments."));
    StringBuilder text = new StringBuilder("# Research report: ").append(topic).append("\n\n## Findings\n\n");
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ArrayNode annotations = nodes.arrayNode();
    for (Source source : sources) {
      text.append("- ");
      int start = utf8Length(text);
      text.append(source.claim());
      annotations.add(redirects.citation(source.page(), start, utf8Length(text)));
      text.append('\n');
    }
    text.append("\n## Conclusion\n\n").append(topic)
        .append(" rewards careful reading of primary sources; the three above are a good start.\n");
    ObjectNode content = nodes.objectNode();
    content.put("type", "text");
    content.put("text", text.toString());
    content.set("annotations", annotations);
    return content;
  }

  /** The API's unit for citation indices: UTF-8 bytes. */
  static int utf8Length(CharSequence text) {
    return text.toString().getBytes(StandardCharsets.UTF_8).length;
  }

  /** The topic as a URL path segment: lower case, words joined by hyphens. */
  static String slug(String topic) {
    return topic.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
