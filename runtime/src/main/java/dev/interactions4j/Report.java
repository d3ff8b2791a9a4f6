package dev.interactions4j;

import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.TextAnnotation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A research agent's report: its markdown text and its citations, each kept with its title, URL
 * and position in the text (the URLs can be redirect links, so the title is what names the
 * source). {@link #toMarkdown()} exports it with a numbered list of sources.
 *
 * @param interactionId the interaction that produced it
 * @param markdown the report text
 * @param citations its citations, in order of position
 */
public record Report(String interactionId, String markdown, List<Citation> citations) {
  public Report {
    Objects.requireNonNull(markdown, "markdown");
    citations = List.copyOf(citations);
  }

  /**
   * One citation.
   *
   * @param title the source's title (may be null)
   * @param url the URL given (possibly a redirect link)
   * @param startIndex where the cited text starts in {@link #markdown()}, or -1
   * @param endIndex where it ends, or -1
   */
  public record Citation(String title, String url, int startIndex, int endIndex) {}

  /**
   * The report of a completed interaction: the text of its last model output and that text's
   * {@code url_citation} annotations.
   *
   * @throws InteractionFailedException when the interaction did not complete
   */
  public static Report from(Interaction interaction) {
    InteractionFailedException.requireCompleted(interaction);
    StringBuilder text = new StringBuilder();
    List<Citation> citations = new ArrayList<>();
    Step.ModelOutput output = interaction.lastModelOutput().orElse(null);
    if (output != null) {
      for (Content content : output.content()) {
        if (content instanceof Content.Text part) {
          int offset = text.length();
          for (TextAnnotation annotation : part.annotations()) {
            if (annotation instanceof TextAnnotation.UrlCitation url) {
              citations.add(new Citation(url.title(), url.url(),
                  url.startIndex() == null ? -1 : offset + url.startIndex(), url.endIndex() == null ? -1 : offset + url.endIndex()));
            }
          }
          text.append(part.text());
        }
      }
    }
    citations.sort((a, b) -> Integer.compare(a.startIndex(), b.startIndex()));
    return new Report(interaction.id(), text.toString(), citations);
  }

  /** The distinct sources, in order of first citation: URL to title. */
  public Map<String, String> sources() {
    Map<String, String> sources = new LinkedHashMap<>();
    for (Citation citation : citations) {
      sources.putIfAbsent(citation.url(), citation.title() == null ? citation.url() : citation.title());
    }
    return sources;
  }

  /**
   * The report as markdown: the text with a {@code [n]} marker after each cited passage, then a
   * "Sources" list numbered the same way.
   */
  public String toMarkdown() {
    List<String> urls = new ArrayList<>(sources().keySet());
    StringBuilder out = new StringBuilder(markdown.length() + 64 * urls.size());
    int copied = 0;
    for (Citation citation : citations) {
      if (citation.endIndex() < copied || citation.endIndex() > markdown.length()) {
        continue;
      }
      out.append(markdown, copied, citation.endIndex()).append(" [").append(urls.indexOf(citation.url()) + 1).append(']');
      copied = citation.endIndex();
    }
    out.append(markdown.substring(copied));
    if (!urls.isEmpty()) {
      out.append("\n\n## Sources\n\n");
      for (int i = 0; i < urls.size(); i++) {
        out.append(i + 1).append(". [").append(sources().get(urls.get(i))).append("](").append(urls.get(i)).append(")\n");
      }
    }
    return out.toString();
  }

  /** Writes {@link #toMarkdown()} to {@code file}. */
  public Path saveTo(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.writeString(file, toMarkdown(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
