package dev.interactions4j.media;

import java.util.Objects;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.MediaData;
import dev.interactions4j.files.GeminiFile;
import java.nio.file.Path;

/** Video to send to the model: from a file, bytes or a URI. */
public final class Video extends Media {
  private final String resolution;
  private final ObjectNode processing;

  private Video(MediaData data, String uri, String mimeType) {
    this(data, uri, mimeType, null, null);
  }

  private Video(MediaData data, String uri, String mimeType, String resolution, ObjectNode processing) {
    super(data, uri, mimeType);
    this.resolution = resolution;
    this.processing = processing;
  }

  @Override
  public Content toContent() {
    return new Content.Video(data(), uri(), mimeType(), resolution, processing == null ? null : processing.deepCopy());
  }

  /** This video read at {@code level} ({@code low}, {@code medium}, {@code high}, {@code ultra_high}). */
  public Video resolution(String level) {
    return new Video(data(), uri(), mimeType(), Objects.requireNonNull(level, "level"), processing);
  }

  /**
   * Only this part of the video, sampled at {@code fps} frames a second: offsets as the API writes
   * durations ({@code "10s"}, {@code "1.5s"}); any of them null to leave it to the API.
   */
  public Video clip(String startOffset, String endOffset, Double fps) {
    ObjectNode clip = JsonNodeFactory.instance.objectNode();
    if (startOffset != null) {
      clip.put("start_offset", startOffset);
    }
    if (endOffset != null) {
      clip.put("end_offset", endOffset);
    }
    if (fps != null) {
      clip.put("fps", fps);
    }
    return new Video(data(), uri(), mimeType(), resolution, clip);
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

  /**
   * A video uploaded with the Files API (or registered), sent by its URI and MIME type; wait until
   * it is {@code ACTIVE} before sending it.
   */
  public static Video of(GeminiFile file) {
    Media.requireUri(file);
    return new Video(null, file.uri(), MediaTypes.check("video", MediaTypes.VIDEO, file.mimeType()));
  }
}
