package dev.interactions4j.media;

import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.MediaData;
import java.nio.file.Path;
import java.util.List;

/**
 * An image the model made, with what it said about it. Large images arrive in a temporary file,
 * not the heap; {@link #saveTo} copies them where they belong.
 *
 * @param data the image bytes
 * @param mimeType e.g. {@code image/png}
 * @param caption the text the model answered with it ("" when none)
 * @param interactionId the interaction that made it
 */
public record GeneratedImage(MediaData data, String mimeType, String caption, String interactionId) {

  /**
   * The first inline image of the answer.
   *
   * @throws MissingMediaException when it has none
   */
  public static GeneratedImage from(Interaction answer) {
    for (Content.Image image : answer.outputs(Content.Image.class)) {
      if (image.data() != null) {
        return new GeneratedImage(image.data(), image.mimeType(), answer.text(), answer.id());
      }
    }
    throw new MissingMediaException("an image", answer.id(), answer.text());
  }

  /** Every inline image of the answer, in order. */
  public static List<GeneratedImage> all(Interaction answer) {
    return answer.outputs(Content.Image.class).stream().filter(image -> image.data() != null)
        .map(image -> new GeneratedImage(image.data(), image.mimeType(), answer.text(), answer.id())).toList();
  }

  /** The bytes (read into memory; prefer {@link #saveTo} for large images). */
  public byte[] bytes() {
    return data.bytes();
  }

  /** Writes the image to {@code file}. */
  public Path saveTo(Path file) {
    return data.saveTo(file);
  }

  /** The image as input for another turn (to edit it, say). */
  public Image toImage() {
    return Image.of(data.bytes(), mimeType);
  }
}
