package dev.interactions4j.files;

import java.util.Objects;

/**
 * The processing state of a file: an open value, since the API may add new ones.
 *
 * @param value the wire value, e.g. {@code ACTIVE}
 */
public record FileState(String value) {
  public static final FileState STATE_UNSPECIFIED = new FileState("STATE_UNSPECIFIED");
  /** Uploaded, not yet usable in an interaction (videos are processed for a while). */
  public static final FileState PROCESSING = new FileState("PROCESSING");
  /** Usable in an interaction. */
  public static final FileState ACTIVE = new FileState("ACTIVE");
  /** Processing failed; the file's {@code error} says why. */
  public static final FileState FAILED = new FileState("FAILED");

  public FileState {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value;
  }
}
