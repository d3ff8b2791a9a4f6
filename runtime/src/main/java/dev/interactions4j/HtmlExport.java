package dev.interactions4j;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link Report} as a standalone HTML page. The text's Markdown blocks become headings,
 * lists and paragraphs; everything inside them is escaped (inline Markdown stays as written), so
 * nothing the model or a source wrote can become markup.
 */
final class HtmlExport {
  private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+");
  private static final Pattern BULLET = Pattern.compile("\\s*[-*+]\\s+");
  private static final Pattern NUMBERED = Pattern.compile("\\s*\\d{1,9}[.)]\\s+");

  private final String text;
  private final List<CitedPassages.Passage> markers;
  private final StringBuilder out = new StringBuilder();
  private int nextMarker;
  private String openBlock;

  private HtmlExport(Report report) {
    this.text = report.markdown();
    this.markers = CitedPassages.markers(report);
  }

  static String write(Report report) {
    HtmlExport export = new HtmlExport(report);
    export.out.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title(report))).append("</title>\n</head>\n<body>\n<article>\n");
    export.body();
    export.out.append("</article>\n");
    export.sources(report.sources());
    return export.out.append("</body>\n</html>\n").toString();
  }

  private void body() {
    int start = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      line(start, end);
      if (newline < 0) {
        break;
      }
      start = newline + 1;
    }
    close();
  }

  // <h2>Findings</h2> | <li>A claim.<sup><a href="#source-1">[1]</a></sup></li> | <p>Text</p>
  private void line(int start, int end) {
    String line = text.substring(start, end);
    Matcher heading = HEADING.matcher(line);
    Matcher bullet = BULLET.matcher(line);
    Matcher numbered = NUMBERED.matcher(line);
    if (line.isBlank()) {
      close();
      out.append(inline(start, end));
    } else if (heading.lookingAt()) {
      close();
      String tag = "h" + heading.group(1).length();
      out.append('<').append(tag).append('>').append(inline(start + heading.end(), end)).append("</").append(tag).append(">\n");
    } else if (bullet.lookingAt() || numbered.lookingAt()) {
      open(bullet.lookingAt() ? "ul" : "ol");
      int content = start + (bullet.lookingAt() ? bullet.end() : numbered.end());
      out.append("<li>").append(inline(content, end)).append("</li>\n");
    } else {
      if (!"p".equals(openBlock)) {
        open("p");
      } else {
        out.append("<br>\n");
      }
      out.append(inline(start, end));
    }
  }

  /** The escaped text of {@code [from, end)} with the markers of passages that end on this line. */
  private String inline(int from, int end) {
    StringBuilder html = new StringBuilder();
    int copied = from;
    // Sorted by end, and earlier lines took theirs: positions only grow. A passage ending just
    // after this line's break gets its marker at the line's end.
    while (nextMarker < markers.size() && markers.get(nextMarker).citation().endIndex() <= end + 1) {
      CitedPassages.Passage passage = markers.get(nextMarker++);
      int at = Math.max(copied, Math.min(passage.citation().endIndex(), end));
      html.append(escape(text.substring(copied, at)));
      copied = at;
      html.append("<sup><a href=\"#source-").append(passage.source()).append("\">[").append(passage.source()).append("]</a></sup>");
    }
    return html.append(escape(text.substring(copied, end))).toString();
  }

  private void open(String block) {
    if (!block.equals(openBlock)) {
      close();
      out.append('<').append(block).append(block.equals("p") ? ">" : ">\n");
      openBlock = block;
    }
  }

  private void close() {
    if (openBlock != null) {
      out.append(openBlock.equals("p") ? "</p>\n" : "</" + openBlock + ">\n");
      openBlock = null;
    }
  }

  // <li id="source-1"><a href="https://example.org/page" rel="noopener noreferrer">example.org</a></li>
  private void sources(List<Report.Source> sources) {
    if (sources.isEmpty()) {
      return;
    }
    out.append("<section>\n<h2>Sources</h2>\n<ol>\n");
    for (Report.Source source : sources) {
      out.append("<li id=\"source-").append(source.number()).append("\">");
      String title = escape(source.displayTitle());
      if (source.url().isBlank()) {
        out.append(title);
      } else if (CitationResolver.webUri(source.url()) == null) {
        out.append(title).append(" <span class=\"url\">").append(escape(source.url())).append("</span> (not an http(s) link)");
      } else {
        out.append("<a href=\"").append(escape(source.url())).append("\" rel=\"noopener noreferrer\">").append(title).append("</a>");
      }
      String domain = source.domain();
      if (domain != null && !source.titleIsDomain() && source.title() != null && !source.title().isBlank()) {
        out.append(" <span class=\"domain\">").append(escape(domain)).append("</span>");
      }
      if (source.link().status() == SourceLink.Status.UNRESOLVED) {
        out.append(" <em class=\"unresolved\">(").append(escape(CitedPassages.unresolvedNote(source))).append(")</em>");
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n</section>\n");
  }

  private static String title(Report report) {
    for (String line : report.markdown().split("\n")) {
      Matcher heading = HEADING.matcher(line);
      if (heading.lookingAt()) {
        return line.substring(heading.end()).strip();
      }
    }
    return report.interactionId() == null ? "Report" : "Report " + report.interactionId();
  }

  /** Text or attribute value with every character HTML gives meaning to escaped. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
