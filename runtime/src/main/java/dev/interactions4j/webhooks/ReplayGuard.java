package dev.interactions4j.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code webhook-id}s verified within the tolerance window: a second delivery of one is a
 * replay. Older ids need no memory, since their timestamps fail the window anyway.
 */
final class ReplayGuard {
  private final Duration window;
  private final int maxEntries;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  ReplayGuard(Duration window, int maxEntries) {
    this.window = window;
    this.maxEntries = maxEntries;
  }

  /** Records {@code id}; false when it was seen within the window. */
  synchronized boolean firstTime(String id, Instant now) {
    for (Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Instant> entry = it.next();
      if (entry.getValue().isAfter(now.minus(window.multipliedBy(2))) && seen.size() <= maxEntries) {
        break;
      }
      it.remove();
    }
    return seen.putIfAbsent(id, now) == null;
  }
}
