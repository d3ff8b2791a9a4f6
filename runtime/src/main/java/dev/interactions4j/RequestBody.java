package dev.interactions4j;

import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Input;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.MediaData;
import dev.interactions4j.wire.WireJson;
import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The body of a request: bytes in memory, or, for a request whose inline media passes {@link
 * #SPOOL_ABOVE}, its JSON written once to a temporary file and read from disk again by every
 * attempt, so that retries of a large inline request do not hold it whole in the heap. Closing
 * deletes the file.
 */
final class RequestBody implements AutoCloseable {
  /** Inline media past this many bytes makes the body go through a file (base64 adds a third). */
  static final long SPOOL_ABOVE = 4L << 20;

  private final byte[] bytes;
  private final Path file;

  private RequestBody(byte[] bytes, Path file) {
    this.bytes = bytes;
    this.file = file;
  }

  static RequestBody of(byte[] bytes) {
    return new RequestBody(bytes, null);
  }

  /** The body of {@code request}: spooled to a file when its inline media is large. */
  static RequestBody of(InteractionRequest request) {
    if (inlineBytes(request.input()) <= SPOOL_ABOVE) {
      return of(WireJson.write(request));
    }
    Path file = null;
    try {
      file = Files.createTempFile("interactions4j-request-", ".json");
      file.toFile().deleteOnExit();
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
        WireJson.write(request, out);
      }
      return new RequestBody(null, file);
    } catch (IOException | UncheckedIOException e) {
      delete(file);
      throw new GeminiException("Cannot write the request body to a temporary file: " + e.getMessage(), null, e);
    }
  }

  /** The bytes of the inline media of an input: what decides whether its body is spooled. */
  static long inlineBytes(Input input) {
    long total = 0;
    if (input instanceof Input.ContentInput content) {
      for (Content part : content.content()) {
        MediaData data = Content.inlineData(part);
        total += data == null ? 0 : data.size();
      }
    }
    return total;
  }


  /** Whether the body is read from a file. */
  boolean spooled() {
    return file != null;
  }

  /** The bytes of a body held in memory; null for a spooled one. */
  byte[] bytes() {
    return bytes;
  }

  /** A publisher for one attempt: a spooled body is read from its file again each time. */
  HttpRequest.BodyPublisher publisher() {
    if (file == null) {
      return HttpRequest.BodyPublishers.ofByteArray(bytes);
    }
    try {
      return HttpRequest.BodyPublishers.ofFile(file);
    } catch (FileNotFoundException e) {
      throw new UncheckedIOException("The spooled request body is gone: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    delete(file);
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // A temporary file: deleteOnExit removes it later.
      }
    }
  }
}
