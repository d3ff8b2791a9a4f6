package dev.interactions4j;

import java.util.Objects;

/**
 * Where one cited URL leads. Citations of research reports and of grounded answers often carry a
 * redirect link that expires instead of the page's own address; {@link CitationResolver} turns
 * such a link into the page's address, and a link it cannot resolve is kept as it came, marked.
 *
 * @param originalUrl the URL the citation carried
 * @param url the URL to link to: the page's address for a resolved redirect, else {@code originalUrl}
 * @param status what is known about it
 * @param problem why a redirect link stayed unresolved (for example {@code "the redirect link has
 *     expired (HTTP 404)"}), or null
 */
public record SourceLink(String originalUrl, String url, Status status, String problem) {
  public SourceLink {
    Objects.requireNonNull(originalUrl, "originalUrl");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(status, "status");
  }

  /** What is known about a cited URL. */
  public enum Status {
    /** Not a redirect link: the page's own address. */
    DIRECT,
    /** A redirect link, resolved to the page's address. */
    RESOLVED,
    /** A redirect link that could not be resolved; {@link #url()} is still the redirect link. */
    UNRESOLVED,
    /** Not looked at: the report was never resolved. */
    UNCHECKED
  }

  /** Whether {@link #url()} is the page's own address (a direct link, or a resolved redirect). */
  public boolean lasting() {
    return status == Status.DIRECT || status == Status.RESOLVED;
  }

  static SourceLink unchecked(String url) {
    return new SourceLink(url, url, Status.UNCHECKED, null);
  }

  static SourceLink direct(String url) {
    return new SourceLink(url, url, Status.DIRECT, null);
  }

  static SourceLink resolved(String redirect, String destination) {
    return new SourceLink(redirect, destination, Status.RESOLVED, null);
  }

  static SourceLink unresolved(String redirect, String problem) {
    return new SourceLink(redirect, redirect, Status.UNRESOLVED, problem);
  }
}
