package dev.interactions4j.wire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import tools.jackson.core.Base64Variant;
import tools.jackson.core.Base64Variants;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * The bytes of inline media: the base64 {@code data} of an image, audio, video or document.
 * Held as the base64 text it arrived as, as bytes, or as a file. A file is never read whole: it is
 * base64-encoded straight into the request body, and a large answer is decoded straight into a
 * temporary file (see {@link #isFile()}), so media of any size costs little heap.
 */
public final class MediaData {
  /** Standard base64; padding optional when reading, as proto3 JSON allows. */
  static final Base64Variant BASE64 =
      Base64Variants.MIME_NO_LINEFEEDS.withReadPadding(Base64Variant.PaddingReadBehaviour.PADDING_ALLOWED);

  private final String base64;
  private final byte[] bytes;
  private final Path file;
  private final long size;

  private MediaData(String base64, byte[] bytes, Path file, long size) {
    this.base64 = base64;
    this.bytes = bytes;
    this.file = file;
    this.size = size;
  }

  /** Media from its base64 text (decoded when first asked for bytes). */
  public static MediaData ofBase64(String base64) {
    Objects.requireNonNull(base64, "base64");
    return new MediaData(base64, null, null, -1);
  }

  /** Media from bytes (not copied: do not change the array afterwards). */
  public static MediaData ofBytes(byte[] bytes) {
    return new MediaData(null, Objects.requireNonNull(bytes, "bytes"), null, bytes.length);
  }

  /** Media from a file, read only when written or asked for. */
  public static MediaData ofFile(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return new MediaData(null, null, file, Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Whether the bytes live in a file (a file given, or a large answer spilled to disk). */
  public boolean isFile() {
    return file != null;
  }

  /** The file holding the bytes, when {@link #isFile()}. */
  public Path file() {
    if (file == null) {
      throw new IllegalStateException("This media is held in memory; use bytes() or saveTo(path)");
    }
    return file;
  }

  /** The number of bytes (decoded). */
  public long size() {
    return size >= 0 ? size : bytes().length;
  }

  /** The bytes; for a file, read whole into memory (prefer {@link #openStream()}). */
  public byte[] bytes() {
    if (bytes != null) {
      return bytes;
    }
    if (base64 != null) {
      return Base64.getMimeDecoder().decode(base64);
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The bytes as a stream. */
  public InputStream openStream() {
    if (file == null) {
      return new ByteArrayInputStream(bytes());
    }
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The base64 text, as sent on the wire; for large media prefer {@link #openStream()}. */
  public String base64() {
    return base64 != null ? base64 : Base64.getEncoder().encodeToString(bytes());
  }

  /** Writes the bytes to {@code target}, replacing it; streams, never holding a file in memory. */
  public Path saveTo(Path target) {
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (InputStream in = openStream()) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Writes the bytes to {@code out}. */
  public void copyTo(OutputStream out) throws IOException {
    try (InputStream in = openStream()) {
      in.transferTo(out);
    }
  }

  /** Writes the bytes as one base64 string; a file is encoded as it is read. */
  void write(JsonGenerator generator) throws JacksonException {
    if (base64 != null) {
      generator.writeString(base64);
    } else if (bytes != null) {
      generator.writeBinary(BASE64, bytes, 0, bytes.length);
    } else {
      try (InputStream in = openStream()) {
        generator.writeBinary(BASE64, in, (int) Math.min(size, Integer.MAX_VALUE));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /** Equal when the bytes are equal. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MediaData that)) {
      return false;
    }
    if (base64 != null && that.base64 != null) {
      return base64.equals(that.base64) || Arrays.equals(bytes(), that.bytes());
    }
    return size() == that.size() && Arrays.equals(bytes(), that.bytes());
  }

  @Override
  public int hashCode() {
    return Long.hashCode(size());
  }

  /** A short description: never the bytes. */
  @Override
  public String toString() {
    return "MediaData[" + size() + " bytes" + (file != null ? " in " + file : "") + "]";
  }
}
