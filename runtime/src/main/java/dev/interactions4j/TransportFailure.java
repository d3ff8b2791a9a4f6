package dev.interactions4j;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;

/**
 * The message of a request that got no answer: which host, how many attempts over how long, and
 * the root cause, which the JDK's HTTP client wraps two or three levels deep.
 */
final class TransportFailure {
  private TransportFailure() {}

  static String message(String method, URI uri, int attempts, Duration elapsed, IOException failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String host = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    String hint = root instanceof UnresolvedAddressException || root instanceof UnknownHostException
        ? " (the host name does not resolve: no network, or a wrong host in the base URL)" : "";
    return String.format(Locale.ROOT, "%s %s on %s failed after %d attempt%s in %.1f s: %s%s%s", method,
        uri.getPath(), host, attempts, attempts == 1 ? "" : "s", elapsed.toMillis() / 1000.0, root,
        root == failure ? "" : " (as " + failure.getClass().getName() + ")", hint);
  }
}
