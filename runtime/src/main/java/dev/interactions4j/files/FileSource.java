package dev.interactions4j.files;

import java.util.Objects;

/**
 * Where a file came from: an open value, since the API may add new ones.
 *
 * @param value the wire value, e.g. {@code UPLOADED}
 */
public record FileSource(String value) {
  public static final FileSource SOURCE_UNSPECIFIED = new FileSource("SOURCE_UNSPECIFIED");
  /** Uploaded with the resumable protocol. */
  public static final FileSource UPLOADED = new FileSource("UPLOADED");
  /** Made by the model (a video, say); downloadable. */
  public static final FileSource GENERATED = new FileSource("GENERATED");
  /** A Cloud Storage object registered with {@code files:register}. */
  public static final FileSource REGISTERED = new FileSource("REGISTERED");

  public FileSource {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value;
  }
}
