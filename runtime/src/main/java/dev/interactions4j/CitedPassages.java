package dev.interactions4j;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A report's citations numbered for export: each with the number of the source it cites. */
final class CitedPassages {
  /**
   * One citation as exported.
   *
   * @param source the number of the source it cites, from 1
   * @param citation the citation
   */
  record Passage(int source, Report.Citation citation) {
    /** Whether its span lies inside {@code text}, so a marker can follow it. */
    boolean placed(String text) {
      return citation.startIndex() >= 0 && citation.startIndex() <= citation.endIndex() && citation.endIndex() <= text.length();
    }
  }

  private CitedPassages() {}

  /** Every citation, in order of position. */
  static List<Passage> all(Report report) {
    Map<String, Integer> numbers = new HashMap<>();
    report.sources().forEach(source -> numbers.put(source.originalUrl(), source.number()));
    List<Passage> passages = new ArrayList<>();
    report.citations().forEach(citation -> passages.add(new Passage(numbers.get(citation.url()), citation)));
    return passages;
  }

  /** The citations whose span is in the text, in the order their markers appear (by end). */
  static List<Passage> markers(Report report) {
    List<Passage> placed = new ArrayList<>(all(report).stream().filter(passage -> passage.placed(report.markdown())).toList());
    placed.sort(Comparator.comparingInt(passage -> passage.citation().endIndex())); // stable: ties keep position order
    return placed;
  }

  /** What an export says after a source that stayed a redirect link. */
  static String unresolvedNote(Report.Source source) {
    return "redirect link, not resolved" + (source.link().problem() == null ? "" : ": " + source.link().problem())
        + "; it may expire";
  }
}
