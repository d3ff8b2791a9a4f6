package dev.interactions4j.media;

import dev.interactions4j.files.GeminiFile;
import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.MediaData;
import java.net.URI;
import java.util.Objects;

/**
 * Media to send: an {@link Image}, {@link Audio}, {@link Video} or {@link Document}, inline
 * ({@link #data()}) or by URI (a Files API URI, say). Made from a file, its MIME type is read from
 * the file and checked against what the API accepts; its bytes are base64-encoded straight into
 * the request body, never read into a string.
 */
public abstract sealed class Media permits Image, Audio, Video, Document {
  private final MediaData data;
  private final String uri;
  private final String mimeType;

  Media(MediaData data, String uri, String mimeType) {
    if ((data == null) == (uri == null)) {
      throw new IllegalArgumentException("Media is either inline data or a URI");
    }
    if (uri != null) {
      URI.create(uri);
    }
    this.data = data;
    this.uri = uri;
    this.mimeType = Objects.requireNonNull(mimeType, "mimeType");
  }

  /** The inline bytes, or null for media given by URI. */
  public final MediaData data() {
    return data;
  }

  /** The URI, or null for inline media. */
  public final String uri() {
    return uri;
  }

  /** The MIME type, one the API accepts for this kind. */
  public final String mimeType() {
    return mimeType;
  }

  /** The wire content for an interaction's input. */
  public abstract Content toContent();

  /** Kind, MIME type and size or URI: never the bytes. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + mimeType + ", " + (uri != null ? uri : data.size() + " bytes") + "]";
  }

  /**
   * A file as the media its content (else its name) says it is: an {@link Image}, {@link Audio},
   * a {@link Video} or a {@link Document}, sent inline.
   *
   * @throws IllegalArgumentException when its type is none the API accepts
   */
  public static Media of(java.nio.file.Path file) {
    String type = MediaTypes.of(file);
    if (MediaTypes.IMAGE.contains(type)) {
      return Image.of(file, type);
    }
    if (MediaTypes.AUDIO.contains(type)) {
      return Audio.of(file, type);
    }
    return MediaTypes.VIDEO.contains(type) ? Video.of(file, type) : Document.of(file, type);
  }

  /**
   * An uploaded (or registered) file as the media its MIME type says: {@code image/*} an {@link
   * Image}, {@code audio/*} {@link Audio}, {@code video/*} a {@link Video}, anything else a {@link
   * Document}.
   */
  public static Media of(GeminiFile file) {
    requireUri(file);
    String type = file.mimeType() == null ? "" : file.mimeType().toLowerCase(java.util.Locale.ROOT);
    if (type.startsWith("image/")) {
      return Image.of(file);
    }
    if (type.startsWith("audio/")) {
      return Audio.of(file);
    }
    return type.startsWith("video/") ? Video.of(file) : Document.of(file);
  }

  static void requireUri(GeminiFile file) {
    Objects.requireNonNull(file, "file");
    if (file.uri() == null || file.uri().isBlank()) {
      throw new IllegalArgumentException("File " + file.name() + " has no uri; get it again with client.files().get(name)");
    }
  }
}
