package dev.interactions4j;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

/**
 * The bytes of an upload, one chunk at a time. Every chunk but the last is full size (the protocol
 * wants multiples of 256 KiB), also after a resume at any byte. A file is read from disk by each
 * attempt at any offset, so it costs no chunk of heap at all; a stream is read forward into one
 * reused chunk buffer, so a resume can go back at most to the start of the chunk in hand. The
 * JDK's {@code ofByteArray} copies what it sends, so bodies are published from a stream instead.
 */
abstract sealed class UploadSource {
  final long size;
  final int chunkSize;

  UploadSource(long size, int chunkSize) {
    this.size = size;
    this.chunkSize = chunkSize;
  }

  /**
   * A file to upload: its size, and its MIME type as given, else as the platform guesses it from
   * the name, else {@code application/octet-stream}.
   */
  record LocalFile(long size, String mimeType) {
    static LocalFile of(Path file, String mimeType) {
      try {
        long size = Files.size(file);
        String type = mimeType != null ? mimeType : Files.probeContentType(file);
        return new LocalFile(size, type == null ? "application/octet-stream" : type);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
      }
    }
  }

  static UploadSource of(Path file, long size, int chunkSize) {
    return new OfFile(file, size, chunkSize);
  }

  static UploadSource of(InputStream in, long size, int chunkSize) {
    return new OfStream(in, size, chunkSize);
  }

  /** The end (exclusive) of the chunk that starts at {@code offset}. */
  long chunkEnd(long offset) {
    return Math.min(size, offset + chunkSize);
  }

  /**
   * The body of the chunk from {@code offset} to {@link #chunkEnd}, for one attempt.
   *
   * @throws IOException when the bytes cannot be read
   * @throws GeminiException when the source is shorter than its size, or a stream cannot go back
   *     to {@code offset}
   */
  abstract HttpRequest.BodyPublisher chunk(long offset) throws IOException;

  static HttpRequest.BodyPublisher publisher(long length, Supplier<InputStream> bytes) {
    return length == 0 ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(bytes), length);
  }

  private static final class OfFile extends UploadSource {
    private final Path file;

    OfFile(Path file, long size, int chunkSize) {
      super(size, chunkSize);
      this.file = file;
    }

    @Override
    HttpRequest.BodyPublisher chunk(long offset) throws IOException {
      long length = chunkEnd(offset) - offset;
      if (Files.size(file) < size) {
        throw new GeminiException("The file " + file.getFileName() + " is shorter than the " + size
            + " bytes it had when the upload began");
      }
      return publisher(length, () -> {
        try {
          FileChannel channel = FileChannel.open(file, StandardOpenOption.READ).position(offset);
          return new Bounded(Channels.newInputStream(channel), length);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
      });
    }
  }

  private static final class OfStream extends UploadSource {
    private final InputStream in;
    private final byte[] buffer;
    /** The offset of {@code buffer[0]} in the upload (-1 before the first chunk), and how many bytes it holds. */
    private long bufferStart = -1;
    private int bufferLength;

    OfStream(InputStream in, long size, int chunkSize) {
      super(size, chunkSize);
      this.in = in;
      this.buffer = new byte[(int) Math.min(chunkSize, size)];
    }

    @Override
    HttpRequest.BodyPublisher chunk(long offset) throws IOException {
      fill(offset);
      return publisher(bufferLength, () -> new ByteArrayInputStream(buffer, 0, bufferLength));
    }

    private void fill(long offset) throws IOException {
      if (offset == bufferStart) {
        return; // the same chunk again
      }
      long next = bufferStart < 0 ? 0 : bufferStart + bufferLength;
      if (offset < Math.max(bufferStart, 0) || offset > next) {
        throw new GeminiException("The server asked for the upload again from byte " + offset + ", which a stream cannot"
            + " go back to (the chunk in hand starts at " + bufferStart + "); upload from a file to resume anywhere");
      }
      // A resume within the chunk in hand keeps its tail and reads on, so the chunk stays full size.
      int kept = (int) (next - offset);
      if (kept > 0) {
        System.arraycopy(buffer, bufferLength - kept, buffer, 0, kept);
      }
      int length = (int) (chunkEnd(offset) - offset);
      int read = in.readNBytes(buffer, kept, length - kept);
      if (kept + read < length) {
        throw new GeminiException("The stream ended after " + (offset + kept + read) + " bytes of the " + size + " promised");
      }
      bufferStart = offset;
      bufferLength = length;
    }
  }

  /** At most {@code remaining} bytes of {@code in}; closes it. */
  private static final class Bounded extends InputStream {
    private final InputStream in;
    private long remaining;

    Bounded(InputStream in, long remaining) {
      this.in = in;
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int value = in.read();
      remaining -= value < 0 ? 0 : 1;
      return value;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int read = in.read(target, offset, (int) Math.min(length, remaining));
      remaining -= Math.max(read, 0);
      return read;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
