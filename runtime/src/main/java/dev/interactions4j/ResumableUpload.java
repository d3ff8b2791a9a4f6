package dev.interactions4j;

import dev.interactions4j.files.GeminiFile;
import dev.interactions4j.files.UploadListener;
import dev.interactions4j.wire.WireJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Sends one upload's bytes to its session URL with Google's resumable protocol: chunks of
 * {@code upload} at {@code X-Goog-Upload-Offset}, the last one {@code upload, finalize}. A chunk
 * answered without {@code x-goog-upload-status} is sent again (as Google's SDKs do); a chunk cut
 * off, timed out or refused with a retryable status leads to a {@code query}, and the upload goes
 * on from the {@code X-Goog-Upload-Size-Received} the server reports instead of from the start.
 * Failures in a row are bounded by the client's {@link RetryPolicy}, spaced by its backoff. What
 * the final answer holds is read by the caller's {@code result}: a File for the Files API, an entry
 * for an environment's files.
 *
 * @param <T> what a finished upload is
 */
final class ResumableUpload<T> {
  /** The largest answer read: a File is a few hundred bytes. */
  static final int MAX_ANSWER = 1 << 20;

  private final HttpTransport transport;
  private final RetryPolicy retryPolicy;
  private final URI session;
  private final UploadSource source;
  private final UploadListener listener;
  private final Function<HttpTransport.RawAnswer, T> result;

  ResumableUpload(HttpTransport transport, RetryPolicy retryPolicy, URI session, UploadSource source,
      UploadListener listener, Function<HttpTransport.RawAnswer, T> result) {
    this.result = result;
    this.transport = transport;
    this.retryPolicy = retryPolicy;
    this.session = session;
    this.source = source;
    this.listener = listener;
  }

  /** The outcome of one exchange with the session. */
  private enum Status { ACTIVE, FINAL, NO_STATUS, BROKEN }

  /** Uploads every byte and returns what the final answer says was made. */
  T run() {
    long confirmed = 0;
    int failures = 0;
    long since = System.nanoTime();
    listener.onProgress(0, source.size);
    while (true) {
      HttpTransport.RawAnswer answer = null;
      IOException cut = null;
      HttpRequest.BodyPublisher body;
      try {
        body = source.chunk(confirmed);
      } catch (IOException e) {
        throw new GeminiException("Cannot read the bytes to upload: " + e.getMessage(), null, e);
      }
      long end = source.chunkEnd(confirmed);
      try {
        answer = transport.sendOnce("POST", session, chunkHeaders(confirmed, end), body, false, MAX_ANSWER);
      } catch (IOException e) {
        cut = e;
      }
      Status status = cut != null ? Status.BROKEN : status(answer);
      if (status == Status.FINAL) {
        listener.onProgress(source.size, source.size);
        return result.apply(answer);
      }
      if (status == Status.ACTIVE) {
        if (end == source.size) {
          throw new GeminiException("The server still expects bytes after all " + source.size + " were sent and"
              + " finalized (x-goog-upload-status: active); the upload cannot complete");
        }
        confirmed = end;
        failures = 0;
        since = System.nanoTime();
        listener.onProgress(confirmed, source.size);
        continue;
      }
      failures++;
      pauseOrFail(failures, since, cut, answer);
      if (status == Status.BROKEN) {
        Query query = query();
        if (query == null) {
          continue; // the query broke too: counted as the next failure on the next round
        }
        if (query.finished) {
          listener.onProgress(source.size, source.size);
          return result.apply(query.answer);
        }
        confirmed = query.received;
      }
    }
  }

  /** What the server has, after a cut; the final answer when the upload had completed. */
  private record Query(long received, boolean finished, HttpTransport.RawAnswer answer) {}

  private Query query() {
    HttpTransport.RawAnswer answer;
    try {
      answer = transport.sendOnce("POST", session, Map.of("X-Goog-Upload-Command", "query"),
          HttpRequest.BodyPublishers.noBody(), false, MAX_ANSWER);
    } catch (IOException e) {
      return null;
    }
    if (answer.status() / 100 != 2) {
      if (RetryPolicy.isRetryable(answer.status())) {
        return null;
      }
      throw transport.failure(answer);
    }
    String status = header(answer, "x-goog-upload-status");
    if ("final".equals(status)) {
      return new Query(source.size, true, answer);
    }
    if (!"active".equals(status)) {
      throw new GeminiException("The upload session ended (x-goog-upload-status: " + status + ") before the upload"
          + " completed; start the upload again");
    }
    String received = header(answer, "x-goog-upload-size-received");
    long value;
    try {
      value = Long.parseLong(received == null ? "" : received.strip());
    } catch (NumberFormatException e) {
      throw new GeminiException("The upload query answered no byte count (X-Goog-Upload-Size-Received: " + received + ")");
    }
    if (value < 0 || value > source.size) {
      throw new GeminiException("The server says it has " + value + " bytes of a " + source.size + "-byte upload");
    }
    return new Query(value, false, null);
  }

  private Status status(HttpTransport.RawAnswer answer) {
    if (answer.status() / 100 != 2) {
      if (RetryPolicy.isRetryable(answer.status())) {
        return Status.BROKEN;
      }
      throw transport.failure(answer);
    }
    String status = header(answer, "x-goog-upload-status");
    if (status == null) {
      return Status.NO_STATUS;
    }
    return switch (status) {
      case "active" -> Status.ACTIVE;
      case "final" -> Status.FINAL;
      default -> throw new GeminiException("The upload session ended (x-goog-upload-status: " + status
          + ") before the upload completed; start the upload again");
    };
  }

  private void pauseOrFail(int failures, long since, IOException cut, HttpTransport.RawAnswer answer) {
    Duration wait = transport.nextBackoff(failures);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - since);
    if (failures >= retryPolicy.maxAttempts() || elapsed.plus(wait).compareTo(retryPolicy.maxElapsed()) > 0) {
      String why = cut != null ? cut.toString() : answer.status() / 100 != 2 ? "HTTP " + answer.status()
          : "answers without x-goog-upload-status";
      throw new GeminiTransportException("Upload failed after " + failures + " attempt" + (failures == 1 ? "" : "s")
          + " in a row without progress: " + why, null, cut);
    }
    transport.pause(wait, null);
  }

  private Map<String, String> chunkHeaders(long offset, long end) {
    Map<String, String> headers = new LinkedHashMap<>();
    // Bytes left after a resume that confirmed everything: a bare finalize, as the protocol says.
    headers.put("X-Goog-Upload-Command", end == source.size ? (offset == end && offset > 0 ? "finalize" : "upload, finalize")
        : "upload");
    headers.put("X-Goog-Upload-Offset", Long.toString(offset));
    return headers;
  }

  /** The File of a Files API upload's final answer, {@code {"file": {...}}}. */
  static GeminiFile file(HttpTransport.RawAnswer answer) {
    String text = answer.text();
    return FileCodec.read(WireJson.readTree(text).get("file"), text);
  }

  private static String header(HttpTransport.RawAnswer answer, String name) {
    return answer.headers().firstValue(name).map(value -> value.strip().toLowerCase(Locale.ROOT)).orElse(null);
  }
}
