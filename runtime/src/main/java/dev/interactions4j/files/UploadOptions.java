package dev.interactions4j.files;

import java.util.Objects;

/**
 * How to upload one file: its display name, MIME type and resource name, the chunk size, and who
 * hears of the progress. Immutable; each {@code with...} returns a copy.
 *
 * <pre>{@code
 * GeminiFile file = client.files().upload(path, UploadOptions.defaults()
 *     .withDisplayName("lecture").withListener((sent, total) -> System.out.println(sent + "/" + total)));
 * }</pre>
 */
public final class UploadOptions {
  /** The unit of every chunk but the last: the resumable protocol's granularity. */
  public static final int CHUNK_GRANULARITY = 256 * 1024;
  /** 8 MiB, as Google's SDKs send. */
  public static final int DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;

  private final String displayName;
  private final String mimeType;
  private final String name;
  private final int chunkSize;
  private final UploadListener listener;

  private UploadOptions(String displayName, String mimeType, String name, int chunkSize, UploadListener listener) {
    this.displayName = displayName;
    this.mimeType = mimeType;
    this.name = name;
    this.chunkSize = chunkSize;
    this.listener = listener;
  }

  /** No display name, the MIME type guessed from the file, a name chosen by the API, 8 MiB chunks. */
  public static UploadOptions defaults() {
    return new UploadOptions(null, null, null, DEFAULT_CHUNK_SIZE, UploadListener.none());
  }

  /** The name shown in listings (at most 512 characters). */
  public UploadOptions withDisplayName(String value) {
    if (value != null && value.length() > 512) {
      throw new IllegalArgumentException("A display name has at most 512 characters but this one has " + value.length());
    }
    return new UploadOptions(value, mimeType, name, chunkSize, listener);
  }

  /** The file's MIME type, e.g. {@code video/mp4}; required for a stream, guessed for a path. */
  public UploadOptions withMimeType(String value) {
    return new UploadOptions(displayName, value, name, chunkSize, listener);
  }

  /**
   * The resource name, {@code files/<id>} or just the id: at most 40 characters of lowercase
   * letters, digits and dashes, not starting or ending with a dash. By default the API picks one.
   */
  public UploadOptions withName(String value) {
    String id = value != null && value.startsWith("files/") ? value.substring("files/".length()) : value;
    if (id != null && !id.matches("[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?")) {
      throw new IllegalArgumentException("File name '" + value + "' is not 1 to 40 characters of [a-z0-9-] without a"
          + " leading or trailing '-'; choose another or let the API pick one");
    }
    return new UploadOptions(displayName, mimeType, id == null ? null : "files/" + id, chunkSize, listener);
  }

  /** Bytes per chunk: a multiple of {@value #CHUNK_GRANULARITY} (256 KiB); the heap an upload needs. */
  public UploadOptions withChunkSize(int bytes) {
    if (bytes <= 0 || bytes % CHUNK_GRANULARITY != 0) {
      throw new IllegalArgumentException("The chunk size must be a positive multiple of 256 KiB (" + CHUNK_GRANULARITY
          + " bytes) but is " + bytes);
    }
    return new UploadOptions(displayName, mimeType, name, bytes, listener);
  }

  /** Who hears of the progress. */
  public UploadOptions withListener(UploadListener value) {
    return new UploadOptions(displayName, mimeType, name, chunkSize, Objects.requireNonNull(value, "listener"));
  }

  public String displayName() {
    return displayName;
  }

  /** The MIME type given, or null to guess it. */
  public String mimeType() {
    return mimeType;
  }

  /** The resource name {@code files/<id>} given, or null. */
  public String name() {
    return name;
  }

  public int chunkSize() {
    return chunkSize;
  }

  public UploadListener listener() {
    return listener;
  }

  @Override
  public String toString() {
    return "UploadOptions[displayName=" + displayName + ", mimeType=" + mimeType + ", name=" + name + ", chunkSize="
        + chunkSize + "]";
  }
}
