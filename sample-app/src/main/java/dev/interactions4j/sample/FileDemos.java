package dev.interactions4j.sample;

import dev.interactions4j.GeminiClient;
import dev.interactions4j.files.GeminiFile;
import dev.interactions4j.files.UploadOptions;
import dev.interactions4j.media.Media;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** The Files API in the app: media uploaded when large (or when asked), and the project's files listed and deleted. */
final class FileDemos {
  /** How long a file may take to become ACTIVE (videos are processed for a while). */
  static final Duration PROCESSING_DEADLINE = Duration.ofMinutes(10);

  private final GeminiClient client;
  private final PrintStream out;

  FileDemos(GeminiClient client, PrintStream out) {
    this.client = client;
    this.out = out;
  }

  /**
   * The media to send for {@code file}: inline when it fits the client's inline limit, else (or
   * always with {@code upload}) uploaded with its progress shown, awaited until ACTIVE, sent by URI.
   */
  Media media(Path file, boolean upload) {
    Media inline = Media.of(file);
    long size = size(file);
    if (!upload && size <= client.inlineMediaLimit()) {
      return inline;
    }
    out.println("uploading " + file.getFileName() + " (" + inline.mimeType() + ", " + bytes(size) + ")");
    GeminiFile uploaded = client.files().upload(file, UploadOptions.defaults().withMimeType(inline.mimeType())
        .withListener((sent, total) -> out.println("upload: " + percent(sent, total) + " (" + bytes(sent) + " of "
            + bytes(total) + ")")));
    out.println("uploaded " + uploaded.name() + ", " + uploaded.state());
    GeminiFile active = client.files().awaitActive(uploaded, PROCESSING_DEADLINE);
    out.println(active.name() + " is " + active.state() + ": " + active.uri());
    return Media.of(active);
  }

  /** One line per file of the project: name, MIME type, size, state, display name. */
  int list() {
    int count = 0;
    for (GeminiFile file : client.files().list()) {
      out.println(file.name() + "  " + file.mimeType() + "  " + bytes(file.sizeBytes()) + "  " + file.state()
          + (file.displayName() == null ? "" : "  " + file.displayName()));
      count++;
    }
    out.println(count + " file" + (count == 1 ? "" : "s"));
    return count;
  }

  void delete(String name) {
    client.files().delete(name);
    out.println("deleted " + (name.startsWith("files/") ? name : "files/" + name));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String percent(long sent, long total) {
    return (total == 0 ? 100 : sent * 100 / total) + "%";
  }

  static String bytes(long count) {
    return String.format(Locale.ROOT, "%,d bytes", count);
  }
}
