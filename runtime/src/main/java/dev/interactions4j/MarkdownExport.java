package dev.interactions4j;

import java.util.List;

/** Writes a {@link Report} as Markdown: markers after the cited passages, then the numbered sources. */
final class MarkdownExport {
  private MarkdownExport() {}

  static String write(Report report) {
    String text = report.markdown();
    List<Report.Source> sources = report.sources();
    StringBuilder out = new StringBuilder(text.length() + 96 * sources.size());
    int copied = 0;
    for (CitedPassages.Passage passage : CitedPassages.markers(report)) {
      int end = passage.citation().endIndex();
      out.append(text, copied, end).append(" [").append(passage.source()).append(']');
      copied = end;
    }
    out.append(text.substring(copied));
    if (!sources.isEmpty()) {
      out.append("\n\n## Sources\n\n");
      sources.forEach(source -> out.append(source.number()).append(". ").append(entry(source)).append('\n'));
    }
    return out.toString();
  }

  // 1. [example.org](https://example.org/page)
  private static String entry(Report.Source source) {
    String title = escape(source.displayTitle());
    String entry = source.url().isBlank() ? title
        : CitationResolver.webUri(source.url()) == null ? title + " (" + escape(source.url()) + ", not an http(s) link)"
        : "[" + title + "](" + destination(source.url()) + ")";
    return source.link().status() == SourceLink.Status.UNRESOLVED ? entry + " (" + CitedPassages.unresolvedNote(source) + ")" : entry;
  }

  /** A link destination; in angle brackets when it holds characters that would end it early. */
  private static String destination(String url) {
    return url.matches(".*[\\s()<>].*") ? "<" + url.replace("<", "%3C").replace(">", "%3E") + ">" : url;
  }

  /** Link text with Markdown's special characters escaped and line breaks made spaces. */
  private static String escape(String text) {
    return text.replaceAll("[\\r\\n]+", " ").replaceAll("([\\\\`*_\\[\\]<>])", "\\\\$1");
  }
}
