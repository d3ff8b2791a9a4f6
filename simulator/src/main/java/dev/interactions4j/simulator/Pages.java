package dev.interactions4j.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** List calls' paging: {@code page_size} (bounded) and an opaque {@code page_token}. */
final class Pages {
  private Pages() {}

  /** One page of a list call. */
  record Page<T>(List<T> items, String nextPageToken) {}

  static <T> Page<T> of(List<T> all, Map<String, String> query, int defaultSize, int maxSize) throws ApiFailure {
    int size = defaultSize;
    String sizeText = query.getOrDefault("page_size", query.get("pageSize"));
    if (sizeText != null && !sizeText.isEmpty()) {
      try {
        size = Integer.parseInt(sizeText);
      } catch (NumberFormatException e) {
        throw ApiFailure.invalid("page_size must be a whole number but is '" + sizeText + "'");
      }
      size = size <= 0 ? defaultSize : Math.min(size, maxSize);
    }
    int start = 0;
    String token = query.getOrDefault("page_token", query.get("pageToken"));
    if (token != null && !token.isEmpty()) {
      try {
        start = Integer.parseInt(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw ApiFailure.invalid("Invalid page_token '" + token + "'");
      }
    }
    int end = Math.min(all.size(), start + size);
    String next = end < all.size()
        ? Base64.getUrlEncoder().withoutPadding().encodeToString(Integer.toString(end).getBytes(StandardCharsets.UTF_8)) : null;
    return new Page<>(all.subList(Math.min(start, all.size()), end), next);
  }
}
