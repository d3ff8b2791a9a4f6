package dev.interactions4j.files;

import java.time.Duration;
import java.time.Instant;

/**
 * A file of the Files API: uploaded, registered from Cloud Storage or made by the model. Send it
 * to the model by its {@link #uri()} ({@code Video.of(file)}, {@code Document.of(file)}...) once
 * its state is {@link FileState#ACTIVE}. Fields as the API writes them (lowerCamelCase JSON);
 * absent ones are null, an absent size is -1.
 *
 * @param name its resource name, {@code files/<id>}
 * @param displayName the name it was given, or null
 * @param mimeType its media type, e.g. {@code video/mp4}
 * @param sizeBytes its size in bytes ({@code sizeBytes}, an int64 written as a string), or -1
 * @param createTime when it was created
 * @param updateTime when it last changed
 * @param expirationTime when the API deletes it (48 hours after an upload)
 * @param sha256Hash the base64 SHA-256 of its bytes
 * @param uri the URI an interaction refers to it by
 * @param downloadUri where a generated file can be downloaded, else null
 * @param state its processing state
 * @param source where it came from
 * @param error why processing failed, for a {@link FileState#FAILED} file
 * @param videoDuration a video's length ({@code videoMetadata.videoDuration}), or null
 */
public record GeminiFile(String name, String displayName, String mimeType, long sizeBytes, Instant createTime,
    Instant updateTime, Instant expirationTime, String sha256Hash, String uri, String downloadUri, FileState state,
    FileSource source, FileError error, Duration videoDuration) {

  /** The id: the name without {@code files/}. */
  public String id() {
    return name != null && name.startsWith("files/") ? name.substring("files/".length()) : name;
  }

  /** Whether an interaction may refer to it now. */
  public boolean isActive() {
    return FileState.ACTIVE.equals(state);
  }

  /** Whether its processing failed ({@link #error()} says why). */
  public boolean isFailed() {
    return FileState.FAILED.equals(state);
  }
}
