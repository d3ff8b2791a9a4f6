package dev.interactions4j.wire;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Keeps the first {@link TreeJson#RAW_KEPT} bytes that pass through, for error messages. */
final class RawCapture {
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private long total;
  private InputStream wrapped;

  InputStream wrap(InputStream in) {
    wrapped = new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          keep(new byte[] {(byte) b}, 0, 1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
          keep(buffer, offset, count);
        }
        return count;
      }
    };
    return wrapped;
  }

  private void keep(byte[] buffer, int offset, int count) {
    total += count;
    int room = TreeJson.RAW_KEPT - kept.size();
    if (room > 0) {
      kept.write(buffer, offset, Math.min(room, count));
    }
  }

  /**
   * The body's text, whole when it fits, else its beginning and the size read; reads on to the
   * end (or the limit) first, since a parser stops where it fails.
   */
  String text() {
    if (wrapped != null) {
      try {
        byte[] buffer = new byte[8192];
        while (kept.size() < TreeJson.RAW_KEPT && wrapped.read(buffer) >= 0) {
          // kept by the wrapper
        }
      } catch (IOException e) {
        // The text so far is what there is.
      }
    }
    String text = kept.toString(StandardCharsets.UTF_8);
    return total <= TreeJson.RAW_KEPT ? text : text + "… (first " + TreeJson.RAW_KEPT + " of " + total + " bytes read)";
  }
}
