package dev.interactions4j.files;

/** Told how far an upload has got, after each chunk the server confirmed (and once at the start). */
@FunctionalInterface
public interface UploadListener {

  /**
   * Called on the uploading thread.
   *
   * @param bytesSent bytes the server has confirmed so far
   * @param totalBytes the file's size
   */
  void onProgress(long bytesSent, long totalBytes);

  /** A listener that ignores progress. */
  static UploadListener none() {
    return (sent, total) -> {};
  }
}
