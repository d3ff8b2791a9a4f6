package dev.interactions4j.media;

import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.MediaData;
import dev.interactions4j.files.GeminiFile;
import java.nio.file.Path;

/** Document to send to the model: from a file, bytes or a URI. */
public final class Document extends Media {
  private Document(MediaData data, String uri, String mimeType) {
    super(data, uri, mimeType);
  }

  @Override
  public Content toContent() {
    return new Content.Document(data(), uri(), mimeType());
  }

  /** The file's document; its MIME type is read from the file and must be one the API accepts. */
  public static Document of(Path file) {
    return of(file, MediaTypes.of(file));
  }

  /** The file's document, of {@code mimeType}. */
  public static Document of(Path file, String mimeType) {
    return new Document(MediaData.ofFile(file), null, MediaTypes.check("document", MediaTypes.DOCUMENT, mimeType));
  }

  /** Document from bytes (not copied) of {@code mimeType}, e.g. {@code "application/pdf"}. */
  public static Document of(byte[] bytes, String mimeType) {
    return new Document(MediaData.ofBytes(bytes), null, MediaTypes.check("document", MediaTypes.DOCUMENT, mimeType));
  }

  /** Document by URI (a Files API URI, or a public URL the API can fetch). */
  public static Document ofUri(String uri, String mimeType) {
    return new Document(null, uri, MediaTypes.check("document", MediaTypes.DOCUMENT, mimeType));
  }

  /**
   * A document uploaded with the Files API (or registered), sent by its URI and MIME type; wait until
   * it is {@code ACTIVE} before sending it.
   */
  public static Document of(GeminiFile file) {
    Media.requireUri(file);
    return new Document(null, file.uri(), MediaTypes.check("document", MediaTypes.DOCUMENT, file.mimeType()));
  }
}
