package dev.interactions4j;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes a {@link Report} as JSON for other programs: text, citation spans and sources. */
final class JsonExport {
  private JsonExport() {}

  // {"interaction_id": ..., "text": ..., "citations": [...], "sources": [...]}
  static String write(Report report) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("interaction_id", report.interactionId());
    root.put("text", report.markdown());
    ArrayNode citations = root.putArray("citations");
    int number = 0;
    for (CitedPassages.Passage passage : CitedPassages.all(report)) {
      Report.Citation citation = passage.citation();
      ObjectNode entry = citations.addObject();
      entry.put("number", ++number);
      entry.put("source", passage.source());
      entry.put("start_index", citation.startIndex());
      entry.put("end_index", citation.endIndex());
      if (passage.placed(report.markdown())) {
        entry.put("text", report.markdown().substring(citation.startIndex(), citation.endIndex()));
      } else {
        entry.putNull("text");
      }
    }
    ArrayNode sources = root.putArray("sources");
    for (Report.Source source : report.sources()) {
      ObjectNode entry = sources.addObject();
      entry.put("number", source.number());
      entry.put("url", source.url());
      entry.put("original_url", source.originalUrl());
      entry.put("title", source.title());
      entry.put("title_is_domain", source.titleIsDomain());
      entry.put("domain", source.domain());
      entry.put("resolved", source.resolved());
      entry.put("status", source.link().status().name().toLowerCase(java.util.Locale.ROOT));
      entry.put("problem", source.link().problem());
    }
    return root.toPrettyString() + "\n";
  }
}
