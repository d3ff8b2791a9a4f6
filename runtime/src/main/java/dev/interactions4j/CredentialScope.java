package dev.interactions4j;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Locale;

/**
 * Where a client's credentials may go: only to the origin (scheme, host and port) of its
 * configured base URL. The transport asks it before it attaches a credential to any request and
 * before it follows a redirect, so an API key, a bearer token or whatever credential comes next
 * gets the same protection from one decision.
 *
 * <p>The JDK's {@link HttpClient} re-sends every header, credentials included, to whatever host a
 * redirect names, so the transport never lets it follow one: a user's client that follows
 * redirects is replaced by a twin that does not ({@link #withoutRedirects}), and the transport
 * follows same-origin redirects itself.
 */
final class CredentialScope {
  /** Redirects followed for one call before giving up (the JDK's own limit is 5 too). */
  static final int MAX_REDIRECTS = 5;

  private final URI origin;

  CredentialScope(URI base) {
    this.origin = base;
  }

  /** Whether {@code target} is on the configured origin, and so may receive credentials. */
  boolean covers(URI target) {
    return scheme(target).equals(scheme(origin))
        && host(target).equals(host(origin))
        && port(target) == port(origin);
  }

  /**
   * The target of a redirect from {@code from}, if it may be followed with credentials.
   *
   * @throws GeminiTransportException when the redirect leads to another origin, has no
   *     location, or is one too many
   */
  URI redirect(URI from, String location, int hop, String interactionId) {
    if (location == null || location.isBlank()) {
      throw new GeminiTransportException("A redirect without a Location header", interactionId, null);
    }
    URI target;
    try {
      target = from.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw new GeminiTransportException("A redirect to a malformed location", interactionId, null);
    }
    if (!covers(target)) {
      // Only the host is named: a redirect URL may itself carry a token.
      throw new GeminiTransportException("Refused a redirect to " + scheme(target) + "://" + host(target) + ":"
          + port(target) + "; credentials are only sent to " + scheme(origin) + "://" + host(origin) + ":"
          + port(origin), interactionId, null);
    }
    if (hop > MAX_REDIRECTS) {
      throw new GeminiTransportException("More than " + MAX_REDIRECTS + " redirects", interactionId, null);
    }
    return target;
  }

  /** Whether an HTTP status is a redirect this scope may follow. */
  static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /**
   * {@code user}'s settings (proxy, TLS, authenticator, cookies, version, executor, connect
   * timeout) with redirects switched off; {@code user} itself when it already follows none.
   */
  static HttpClient withoutRedirects(HttpClient user) {
    if (user.followRedirects() == HttpClient.Redirect.NEVER) {
      return user;
    }
    HttpClient.Builder twin = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(user.version())
        .sslContext(user.sslContext())
        .sslParameters(user.sslParameters());
    user.proxy().ifPresent(twin::proxy);
    user.authenticator().ifPresent(twin::authenticator);
    user.cookieHandler().ifPresent(twin::cookieHandler);
    user.connectTimeout().ifPresent(twin::connectTimeout);
    user.executor().ifPresent(twin::executor);
    return twin.build();
  }

  private static String scheme(URI uri) {
    return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
  }

  private static String host(URI uri) {
    return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equals(scheme(uri)) ? 443 : "http".equals(scheme(uri)) ? 80 : -1;
  }
}
