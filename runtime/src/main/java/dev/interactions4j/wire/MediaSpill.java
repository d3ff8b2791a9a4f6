package dev.interactions4j.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where decoded base64 media goes while an answer is read: memory until {@link
 * TreeJson#SPILL_THRESHOLD} bytes, then a temporary file, so a large image or video never needs
 * the heap to hold it.
 */
final class MediaSpill extends OutputStream {
  private ByteArrayOutputStream memory = new ByteArrayOutputStream();
  private Path file;
  private OutputStream fileOut;

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    if (fileOut == null && memory.size() + length > TreeJson.SPILL_THRESHOLD) {
      file = Files.createTempFile("interactions4j-media-", ".bin");
      file.toFile().deleteOnExit();
      fileOut = Files.newOutputStream(file);
      memory.writeTo(fileOut);
      memory = null;
    }
    if (fileOut != null) {
      fileOut.write(bytes, offset, length);
    } else {
      memory.write(bytes, offset, length);
    }
  }

  MediaData result() throws IOException {
    if (fileOut == null) {
      return MediaData.ofBytes(memory.toByteArray());
    }
    fileOut.close();
    return MediaData.ofFile(file);
  }

  @Override
  public void close() throws IOException {
    if (fileOut != null) {
      fileOut.close();
    }
  }
}
