package dev.interactions4j.wire;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A piece of content inside a step or an input; discriminated by {@code type}. */
public sealed interface Content {

  /** The wire {@code type}. */
  String type();

  /** Text content. */
  static Text text(String text) {
    return new Text(text, List.of());
  }

  /** Inline image bytes, base64-encoded. */
  static Image image(String mimeType, String base64Data) {
    return new Image(MediaData.ofBase64(base64Data), null, mimeType, null);
  }

  /** Inline image bytes. */
  static Image image(String mimeType, MediaData data) {
    return new Image(data, null, mimeType, null);
  }

  /** An image by URI (for example a Files API URI). */
  static Image imageUri(String mimeType, String uri) {
    return new Image(null, uri, mimeType, null);
  }

  /**
   * Text, with its annotations (citations).
   *
   * @param text the text
   * @param annotations citations and other annotations, possibly empty
   */
  record Text(String text, List<TextAnnotation> annotations) implements Content {
    public Text {
      annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    @Override
    public String type() {
      return "text";
    }
  }

  /**
   * The inline bytes of an image, audio, video or document content; null for media given by
   * {@code uri} and for every other content.
   */
  static MediaData inlineData(Content part) {
    if (part instanceof Image image) {
      return image.data();
    }
    if (part instanceof Audio audio) {
      return audio.data();
    }
    if (part instanceof Video video) {
      return video.data();
    }
    return part instanceof Document document ? document.data() : null;
  }

  /**
   * An image: inline base64 {@code data} or a {@code uri}.
   *
   * @param data the inline bytes ({@code data}, base64 on the wire), or null
   * @param uri a URI, or null
   * @param mimeType e.g. {@code image/png}, or null
   * @param resolution requested resolution, or null
   */
  record Image(MediaData data, String uri, String mimeType, String resolution) implements Content {
    @Override
    public String type() {
      return "image";
    }
  }

  /**
   * Audio: inline base64 {@code data} or a {@code uri}.
   *
   * @param data the inline bytes ({@code data}, base64 on the wire), or null
   * @param uri a URI, or null
   * @param mimeType e.g. {@code audio/wav}, or null
   * @param sampleRate samples per second, or null
   * @param channels channel count, or null
   */
  record Audio(MediaData data, String uri, String mimeType, Integer sampleRate, Integer channels)
      implements Content {
    @Override
    public String type() {
      return "audio";
    }
  }

  /**
   * Video: inline base64 {@code data} or a {@code uri}.
   *
   * @param data the inline bytes ({@code data}, base64 on the wire), or null
   * @param uri a URI, or null
   * @param mimeType e.g. {@code video/mp4}, or null
   * @param resolution how finely the model reads it ({@code low}, {@code medium}, {@code high}, …), or null
   * @param processing which part and frame rate to read ({@code start_offset}, {@code end_offset},
   *     {@code fps}), or a mode string; null for the API's default
   */
  record Video(MediaData data, String uri, String mimeType, String resolution, JsonNode processing) implements Content {
    @Override
    public String type() {
      return "video";
    }
  }

  /**
   * A document (PDF, CSV, office types): inline base64 {@code data} or a {@code uri}.
   *
   * @param data the inline bytes ({@code data}, base64 on the wire), or null
   * @param uri a URI, or null
   * @param mimeType e.g. {@code application/pdf}, or null
   */
  record Document(MediaData data, String uri, String mimeType) implements Content {
    @Override
    public String type() {
      return "document";
    }
  }

  /**
   * Content of a type this version does not model, kept as raw JSON and written back unchanged.
   *
   * @param type the wire type
   * @param raw the whole content object
   */
  record Unknown(String type, ObjectNode raw) implements Content {}
}
