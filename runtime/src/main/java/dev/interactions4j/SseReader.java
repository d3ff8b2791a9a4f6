package dev.interactions4j;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads server-sent events one at a time as they arrive: {@code event:} and {@code data:} lines,
 * a blank line ending each event, {@code :} comment lines skipped, {@code \r\n} tolerated.
 */
final class SseReader implements Closeable {
  /** The {@code data} of the sentinel that ends an Interactions stream. */
  static final String DONE = "[DONE]";

  /**
   * One event.
   *
   * @param event the {@code event:} value, or null
   * @param data the {@code data:} lines joined by newlines
   */
  record Event(String event, String data) {
    boolean isDone() {
      return DONE.equals(data.trim());
    }
  }

  private final BufferedReader reader;

  SseReader(InputStream body) {
    this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
  }

  /** The next event, or null when the body ended (cleanly or not: the caller decides). */
  Event next() throws IOException {
    String event = null;
    StringBuilder data = null;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isEmpty()) {
        if (data != null) {
          return new Event(event, data.toString());
        }
        event = null;
      } else if (line.startsWith(":")) {
        continue;
      } else if (line.startsWith("event:")) {
        event = value(line, 6);
      } else if (line.startsWith("data:")) {
        data = data == null ? new StringBuilder() : data.append('\n');
        data.append(value(line, 5));
      }
    }
    // A final event without its blank line is incomplete: the connection broke inside it.
    return null;
  }

  private static String value(String line, int prefix) {
    String value = line.substring(prefix);
    return value.startsWith(" ") ? value.substring(1) : value;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
