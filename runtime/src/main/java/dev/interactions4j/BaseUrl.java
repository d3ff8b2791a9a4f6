package dev.interactions4j;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What a base URL must look like, and whether it points at this machine (where no key is needed). */
final class BaseUrl {
  private BaseUrl() {}

  /** The URL without trailing slashes; a {@link GeminiException} saying what is wanted otherwise. */
  static String check(String url) {
    String trimmed = url.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      uri = null;
    }
    String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new GeminiException("Base URL '" + trimmed + "' is not an absolute http or https URL; write the"
          + " scheme and host, e.g. https://generativelanguage.googleapis.com, or http://127.0.0.1:8089 for a"
          + " local simulator");
    }
    return trimmed;
  }

  /** Whether a checked URL's host is this machine: localhost, 127.0.0.0/8 or [::1], as written. */
  static boolean isLoopback(String checkedUrl) {
    String host = URI.create(checkedUrl).getHost().toLowerCase(Locale.ROOT);
    return host.equals("localhost") || host.equals("[::1]") || host.equals("[0:0:0:0:0:0:0:1]")
        || host.startsWith("127.") && isIpv4(host);
  }

  private static boolean isIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
        return false;
      }
    }
    return true;
  }
}
