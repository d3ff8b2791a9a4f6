package dev.interactions4j.media;

import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.MediaData;
import dev.interactions4j.files.GeminiFile;
import java.nio.file.Path;

/** Audio to send to the model: from a file, bytes or a URI. */
public final class Audio extends Media {
  private Audio(MediaData data, String uri, String mimeType) {
    super(data, uri, mimeType);
  }

  @Override
  public Content toContent() {
    return new Content.Audio(data(), uri(), mimeType(), null, null);
  }

  /** The file's audio; its MIME type is read from the file and must be one the API accepts. */
  public static Audio of(Path file) {
    return of(file, MediaTypes.of(file));
  }

  /** The file's audio, of {@code mimeType}. */
  public static Audio of(Path file, String mimeType) {
    return new Audio(MediaData.ofFile(file), null, MediaTypes.check("audio", MediaTypes.AUDIO, mimeType));
  }

  /** Audio from bytes (not copied) of {@code mimeType}, e.g. {@code "audio/wav"}. */
  public static Audio of(byte[] bytes, String mimeType) {
    return new Audio(MediaData.ofBytes(bytes), null, MediaTypes.check("audio", MediaTypes.AUDIO, mimeType));
  }

  /** Audio by URI (a Files API URI, or a public URL the API can fetch). */
  public static Audio ofUri(String uri, String mimeType) {
    return new Audio(null, uri, MediaTypes.check("audio", MediaTypes.AUDIO, mimeType));
  }

  /**
   * An audio uploaded with the Files API (or registered), sent by its URI and MIME type; wait until
   * it is {@code ACTIVE} before sending it.
   */
  public static Audio of(GeminiFile file) {
    Media.requireUri(file);
    return new Audio(null, file.uri(), MediaTypes.check("audio", MediaTypes.AUDIO, file.mimeType()));
  }
}
