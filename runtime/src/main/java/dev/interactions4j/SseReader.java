package dev.interactions4j;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads server-sent events one at a time as they arrive: {@code event:} and {@code data:} lines,
 * a blank line ending each event, {@code :} comment lines skipped, {@code \r\n} and {@code \r}
 * tolerated. An event larger than its bound fails before it is held whole, so an endless line
 * cannot exhaust the heap.
 */
final class SseReader implements Closeable {
  /** The {@code data} of the sentinel that ends an Interactions stream. */
  static final String DONE = "[DONE]";

  /**
   * One event.
   *
   * @param event the {@code event:} value, or null
   * @param data the {@code data:} lines joined by newlines
   * @param utf8 false when a line held bytes that are not UTF-8 (shown as U+FFFD in {@code data}):
   *     the event is malformed, as a unary answer with such bytes is
   */
  record Event(String event, String data, boolean utf8) {
    Event(String event, String data) {
      this(event, data, true);
    }

    boolean isDone() {
      return DONE.equals(data.trim());
    }
  }

  /** An event grew past the reader's bound; not a broken connection, so not worth a resume. */
  static final class EventTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    EventTooLargeException(int maxBytes) {
      super("A stream event is larger than " + maxBytes + " bytes (maxEventSize)");
    }
  }

  private final InputStream in;
  private final int maxEventBytes;
  private final byte[] buffer = new byte[8192];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  // Reports malformed input (newDecoder's default), where String's decoding would replace it.
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
  private boolean malformed;
  private int position;
  private int limit;
  private int eventBytes;
  private boolean skipLineFeed;

  SseReader(InputStream body, int maxEventBytes) {
    this.in = body;
    this.maxEventBytes = maxEventBytes;
  }

  /** The next event, or null when the body ended (cleanly or not: the caller decides). */
  Event next() throws IOException {
    String event = null;
    StringBuilder data = null;
    eventBytes = 0;
    malformed = false;
    for (String line = readLine(); line != null; line = readLine()) {
      if (line.isEmpty()) {
        if (data != null) {
          return new Event(event, data.toString(), !malformed);
        }
        event = null;
        eventBytes = 0;
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

  /** One line without its terminator, or null at the end of the body. */
  private String readLine() throws IOException {
    line.reset();
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return null;
        }
      }
      int start = position;
      while (position < limit) {
        byte b = buffer[position];
        if (skipLineFeed) {
          skipLineFeed = false;
          if (b == '\n') {
            start = ++position;
            continue;
          }
        }
        if (b == '\n' || b == '\r') {
          append(start, position);
          position++;
          skipLineFeed = b == '\r';
          return decodeLine();
        }
        position++;
      }
      append(start, position);
    }
  }

  private String decodeLine() {
    byte[] bytes = line.toByteArray();
    try {
      return utf8.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      malformed = true;
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private void append(int from, int to) throws IOException {
    eventBytes += to - from;
    if (eventBytes > maxEventBytes || eventBytes < 0) {
      throw new EventTooLargeException(maxEventBytes);
    }
    line.write(buffer, from, to - from);
  }

  private static String value(String line, int prefix) {
    String value = line.substring(prefix);
    return value.startsWith(" ") ? value.substring(1) : value;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
