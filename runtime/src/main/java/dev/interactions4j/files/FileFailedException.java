package dev.interactions4j.files;

import dev.interactions4j.GeminiException;

/** A file's processing ended {@link FileState#FAILED}; carries the file and its error. */
public final class FileFailedException extends GeminiException {
  private static final long serialVersionUID = 1L;

  private final transient GeminiFile file;

  public FileFailedException(GeminiFile file) {
    super("File " + file.name() + " (" + file.mimeType() + ") failed to process"
        + (file.error() == null ? "" : ": " + file.error().message() + " (code " + file.error().code() + ")"));
    this.file = file;
  }

  /** The file as it failed, with its {@link GeminiFile#error()}. */
  public GeminiFile file() {
    return file;
  }
}
