package dev.interactions4j.media;

import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.MediaData;
import java.nio.file.Path;

/** Video to send to the model: from a file, bytes or a URI. */
public final class Video extends Media {
  private Video(MediaData data, String uri, String mimeType) {
    super(data, uri, mimeType);
  }

  @Override
  public Content toContent() {
    return new Content.Video(data(), uri(), mimeType());
  }

  /** The file's video; its MIME type is read from the file and must be one the API accepts. */
  public static Video of(Path file) {
    return of(file, MediaTypes.of(file));
  }

  /** The file's video, of {@code mimeType}. */
  public static Video of(Path file, String mimeType) {
    return new Video(MediaData.ofFile(file), null, MediaTypes.check("video", MediaTypes.VIDEO, mimeType));
  }

  /** Video from bytes (not copied) of {@code mimeType}, e.g. {@code "video/mp4"}. */
  public static Video of(byte[] bytes, String mimeType) {
    return new Video(MediaData.ofBytes(bytes), null, MediaTypes.check("video", MediaTypes.VIDEO, mimeType));
  }

  /** Video by URI (a Files API URI, or a public URL the API can fetch). */
  public static Video ofUri(String uri, String mimeType) {
    return new Video(null, uri, MediaTypes.check("video", MediaTypes.VIDEO, mimeType));
  }
}
