package dev.interactions4j;

import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.TextAnnotation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A cited answer: a research agent's report, or any answer whose text carries {@code
 * url_citation}s (Google Search grounding, for one). It keeps the text, each citation's title,
 * URL and position, and, once {@link #resolveSources()} ran, where each cited URL leads: the
 * API's citations carry expiring redirect links titled only by the page's domain. It exports
 * as Markdown, HTML and JSON, the cited passages numbered by source.
 *
 * <pre>{@code
 * Report report = task.await(Duration.ofMinutes(30)).resolveSources();
 * report.saveTo(Path.of("report.md"));
 * report.saveTo(Path.of("report.html"));
 * }</pre>
 *
 * @param interactionId the interaction that produced it
 * @param markdown the report text
 * @param citations its citations, in order of position
 * @param links where each resolved cited URL leads, by the URL the citation carried; empty until
 *     {@link #resolveSources()}
 */
public record Report(String interactionId, String markdown, List<Citation> citations, Map<String, SourceLink> links) {
  public Report {
    Objects.requireNonNull(markdown, "markdown");
    citations = List.copyOf(citations);
    links = links == null ? Map.of() : Map.copyOf(links);
  }

  /** A report whose sources are not resolved yet. */
  public Report(String interactionId, String markdown, List<Citation> citations) {
    this(interactionId, markdown, citations, Map.of());
  }

  /**
   * One citation.
   *
   * @param title the source's title as given (often only the page's domain; may be null)
   * @param url the URL given (possibly a redirect link; empty when the citation had none)
   * @param startIndex where the cited text starts in {@link #markdown()} (a Java string index; the
   *     API's byte offsets are converted), or -1
   * @param endIndex where it ends, or -1
   */
  public record Citation(String title, String url, int startIndex, int endIndex) {}

  /**
   * One distinct cited source.
   *
   * @param number its number in the exports, from 1, in order of first citation
   * @param title the title as given, or null
   * @param link where its URL leads
   */
  public record Source(int number, String title, SourceLink link) {
    /** The URL to link to: the page's address when known, else the URL as given. */
    public String url() {
      return link.url();
    }

    /** The URL the citation carried. */
    public String originalUrl() {
      return link.originalUrl();
    }

    /** Whether {@link #url()} is the page's own address rather than a redirect link. */
    public boolean resolved() {
      return link.lasting();
    }

    /** The host of {@link #url()} without {@code www.}, or null when it has none. */
    public String domain() {
      URI uri = CitationResolver.webUri(url());
      if (uri == null) {
        return null;
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The title to show: the title as given (a bare domain stays one), else the domain, else the URL. */
    public String displayTitle() {
      if (title != null && !title.isBlank()) {
        return title.strip();
      }
      return domain() == null ? url() : domain();
    }

    /** Whether the title is only a domain name (as the API's titles mostly are), not a page title. */
    public boolean titleIsDomain() {
      return title != null && title.strip().matches("(?i)(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+");
    }
  }

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
              citations.add(new Citation(url.title(), url.url() == null ? "" : url.url(), position(part.text(), offset, url.startIndex()),
                  position(part.text(), offset, url.endIndex())));
            }
          }
          text.append(part.text());
        }
      }
    }
    citations.sort((a, b) -> Integer.compare(a.startIndex(), b.startIndex()));
    return new Report(interaction.id(), text.toString(), citations);
  }

  /**
   * Where a citation's index into {@code part} lies in the whole text, or -1. The API counts
   * UTF-8 bytes; Java counts UTF-16 chars, so the two differ on any non-ASCII text before it.
   */
  private static int position(String part, int offset, Integer utf8Index) {
    if (utf8Index == null || utf8Index < 0) {
      return -1;
    }
    int bytes = 0;
    int i = 0;
    while (bytes < utf8Index && i < part.length()) {
      int codePoint = part.codePointAt(i);
      bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
      i += Character.charCount(codePoint);
    }
    return bytes < utf8Index ? -1 : offset + i;
  }

  /**
   * This report with its cited URLs resolved by {@link CitationResolver#defaults()} (Google's
   * redirect hosts). See {@link #resolveSources(CitationResolver)}.
   */
  public Report resolveSources() {
    return resolveSources(CitationResolver.defaults());
  }

  /**
   * This report with its cited URLs resolved: one request per distinct redirect link, none for a
   * URL this report already resolved (resolving twice costs nothing). Links that cannot be
   * resolved stay, marked unresolved; nothing is dropped.
   */
  public Report resolveSources(CitationResolver resolver) {
    List<String> pending = new ArrayList<>();
    for (Citation citation : citations) {
      if (!citation.url().isBlank() && !links.containsKey(citation.url())) {
        pending.add(citation.url());
      }
    }
    if (pending.isEmpty()) {
      return this;
    }
    Map<String, SourceLink> all = new HashMap<>(links);
    all.putAll(resolver.resolve(pending));
    return new Report(interactionId, markdown, citations, all);
  }

  /** The distinct sources, numbered in order of first citation. */
  public List<Source> sources() {
    List<Source> sources = new ArrayList<>();
    Map<String, String> titles = new HashMap<>();
    for (Citation citation : citations) {
      titles.putIfAbsent(citation.url(), citation.title());
    }
    for (String url : distinctUrls()) {
      sources.add(new Source(sources.size() + 1, titles.get(url), links.getOrDefault(url, SourceLink.unchecked(url))));
    }
    return sources;
  }

  /** How many sources link to the page's own address (direct links and resolved redirects). */
  public int resolvedCount() {
    return (int) sources().stream().filter(Source::resolved).count();
  }

  private LinkedHashSet<String> distinctUrls() {
    LinkedHashSet<String> urls = new LinkedHashSet<>();
    citations.forEach(citation -> urls.add(citation.url()));
    return urls;
  }

  /**
   * The report as Markdown: the text with a {@code [n]} marker after each cited passage, then a
   * "Sources" list numbered the same way; an unresolved redirect link is marked as one.
   */
  public String toMarkdown() {
    return MarkdownExport.write(this);
  }

  /**
   * The report as a standalone HTML page: headings, lists and paragraphs of the text, every
   * character of it escaped, a linked {@code [n]} after each cited passage, and the numbered
   * sources as links (only http(s) URLs are made clickable).
   */
  public String toHtml() {
    return HtmlExport.write(this);
  }

  /**
   * The report as JSON: {@code interaction_id}, {@code text}, {@code citations} (number, source,
   * start and end index, cited text) and {@code sources} (number, url, original_url, title,
   * title_is_domain, domain, resolved, status, problem).
   */
  public String toJson() {
    return JsonExport.write(this);
  }

  /**
   * Writes the report to {@code file}: HTML for a {@code .html} or {@code .htm} name, JSON for
   * {@code .json}, Markdown otherwise.
   */
  public Path saveTo(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String text = name.endsWith(".html") || name.endsWith(".htm") ? toHtml() : name.endsWith(".json") ? toJson() : toMarkdown();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
