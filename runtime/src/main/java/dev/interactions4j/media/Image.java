package dev.interactions4j.media;

import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.MediaData;
import dev.interactions4j.files.GeminiFile;
import java.nio.file.Path;

/** Image to send to the model: from a file, bytes or a URI. */
public final class Image extends Media {
  private final String resolution;

  private Image(MediaData data, String uri, String mimeType, String resolution) {
    super(data, uri, mimeType);
    this.resolution = resolution;
  }

  /** The same image at {@code resolution} ({@code low}, {@code medium}, {@code high}…). */
  public Image withResolution(String value) {
    return new Image(data(), uri(), mimeType(), value);
  }

  /** The requested resolution, or null. */
  public String resolution() {
    return resolution;
  }

  @Override
  public Content toContent() {
    return new Content.Image(data(), uri(), mimeType(), resolution);
  }

  /** The file's image; its MIME type is read from the file and must be one the API accepts. */
  public static Image of(Path file) {
    return of(file, MediaTypes.of(file));
  }

  /** The file's image, of {@code mimeType}. */
  public static Image of(Path file, String mimeType) {
    return new Image(MediaData.ofFile(file), null, MediaTypes.check("image", MediaTypes.IMAGE, mimeType), null);
  }

  /** Image from bytes (not copied) of {@code mimeType}, e.g. {@code "image/png"}. */
  public static Image of(byte[] bytes, String mimeType) {
    return new Image(MediaData.ofBytes(bytes), null, MediaTypes.check("image", MediaTypes.IMAGE, mimeType), null);
  }

  /** Image by URI (a Files API URI, or a public URL the API can fetch). */
  public static Image ofUri(String uri, String mimeType) {
    return new Image(null, uri, MediaTypes.check("image", MediaTypes.IMAGE, mimeType), null);
  }

  /**
   * An image uploaded with the Files API (or registered), sent by its URI and MIME type; wait until
   * it is {@code ACTIVE} before sending it.
   */
  public static Image of(GeminiFile file) {
    Media.requireUri(file);
    return new Image(null, file.uri(), MediaTypes.check("image", MediaTypes.IMAGE, file.mimeType()), null);
  }
}
