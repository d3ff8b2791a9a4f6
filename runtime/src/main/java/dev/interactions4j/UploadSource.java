package dev.interactions4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of an upload, one chunk at a time in one reused buffer, so that an upload of any size
 * holds one chunk of heap. Every chunk but the last is full size (the protocol wants multiples of
 * 256 KiB), also after a resume at any byte. A file is read at any offset; a stream only forward, so
 * a resume can go back at most to the start of the chunk in hand.
 */
abstract sealed class UploadSource implements AutoCloseable {
  final long size;
  final byte[] buffer;
  /** The offset of {@code buffer[0]} in the upload, and how many bytes of it hold data. */
  long bufferStart = -1;
  int bufferLength;

  UploadSource(long size, int chunkSize) {
    this.size = size;
    this.buffer = new byte[(int) Math.min(chunkSize, Math.max(size, 1))];
  }

  static UploadSource of(Path file, long size, int chunkSize) throws IOException {
    return new OfFile(FileChannel.open(file, StandardOpenOption.READ), size, chunkSize);
  }

  static UploadSource of(InputStream in, long size, int chunkSize) {
    return new OfStream(in, size, chunkSize);
  }

  /**
   * Makes the chunk that starts at {@code offset} ready in {@link #buffer}: its bytes are
   * {@code buffer[offset - bufferStart]} up to {@code bufferStart + bufferLength}.
   *
   * @throws IOException when the bytes cannot be read
   * @throws GeminiException when the source is shorter than its size, or a stream cannot go back to
   *     {@code offset}
   */
  abstract void position(long offset) throws IOException;

  /** The index in {@link #buffer} of the byte at {@code offset}. */
  int indexOf(long offset) {
    return (int) (offset - bufferStart);
  }

  /** The end (exclusive) of the bytes ready. */
  long readyUntil() {
    return bufferStart + bufferLength;
  }

  private static final class OfFile extends UploadSource {
    private final FileChannel channel;

    OfFile(FileChannel channel, long size, int chunkSize) {
      super(size, chunkSize);
      this.channel = channel;
    }

    @Override
    void position(long offset) throws IOException {
      int length = (int) Math.min(buffer.length, size - offset);
      ByteBuffer target = ByteBuffer.wrap(buffer, 0, length);
      while (target.hasRemaining()) {
        if (channel.read(target, offset + target.position()) < 0) {
          throw new GeminiException("The file ended after " + (offset + target.position()) + " bytes of the " + size
              + " it had when the upload began");
        }
      }
      bufferStart = offset;
      bufferLength = length;
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  private static final class OfStream extends UploadSource {
    private final InputStream in;

    OfStream(InputStream in, long size, int chunkSize) {
      super(size, chunkSize);
      this.in = in;
    }

    @Override
    void position(long offset) throws IOException {
      if (offset == bufferStart) {
        return; // the same chunk again
      }
      long next = bufferStart < 0 ? 0 : readyUntil();
      if (offset < Math.max(bufferStart, 0) || offset > next) {
        throw new GeminiException("The server asked for the upload again from byte " + offset + ", which a stream cannot"
            + " go back to (the chunk in hand starts at " + bufferStart + "); upload from a file to resume anywhere");
      }
      // A resume within the chunk in hand keeps its tail and reads on, so the chunk stays full size.
      int kept = (int) (next - offset);
      if (kept > 0) {
        System.arraycopy(buffer, bufferLength - kept, buffer, 0, kept);
      }
      int length = (int) Math.min(buffer.length, size - offset);
      int read = in.readNBytes(buffer, kept, length - kept);
      if (kept + read < length) {
        throw new GeminiException("The stream ended after " + (offset + kept + read) + " bytes of the " + size + " promised");
      }
      bufferStart = offset;
      bufferLength = length;
    }

    @Override
    public void close() {
      // The caller's stream: the caller closes it.
    }
  }

  @Override
  public abstract void close() throws IOException;
}
