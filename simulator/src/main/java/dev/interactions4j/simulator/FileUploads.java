package dev.interactions4j.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Files API's resumable upload, as Google's upload service speaks it: {@code start} opens a
 * session and answers its URL in {@code x-goog-upload-url}; {@code upload} chunks at
 * {@code X-Goog-Upload-Offset} (checked against the bytes kept) answer {@code x-goog-upload-status:
 * active}, the {@code upload, finalize} one {@code final} with {@code {"file": File}}; {@code query}
 * answers the status and {@code X-Goog-Upload-Size-Received}, from which a client resumes;
 * {@code cancel} drops the session. Bytes go straight from the connection to the store's disk.
 * The same sessions serve the Files API and uploads into an environment's files; what a finished
 * upload becomes is its {@link Destination}'s.
 */
final class FileUploads {
  /** Chunks other than the last must be multiples of this, as the start answer's granularity header says. */
  static final long GRANULARITY = 256 * 1024;
  /** The Files API's limit per file. */
  static final long MAX_FILE_SIZE = 2L * 1024 * 1024 * 1024;
  private static final int BUFFER = 64 * 1024;

  private final FileStore store;
  private final Faults faults;
  private final Ids ids;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  /** What a finished upload becomes, and the body of the final answer. */
  @FunctionalInterface
  interface Destination {
    /**
     * Takes the complete bytes ({@code spill}, the destination's from now on) and returns the body
     * every later answer of the session carries.
     */
    ObjectNode finish(Path spill, long size, String sha256, String baseUrl) throws ApiFailure;
  }

  /** An open (or finished) upload: what the start declared, where it goes and what has arrived. */
  private static final class Session {
    final long declaredSize;
    final Destination destination;
    final Path spill;
    MessageDigest digest;
    long received;
    String status = "active";
    ObjectNode finalAnswer;

    Session(long declaredSize, Destination destination, Path spill) {
      this.declaredSize = declaredSize;
      this.destination = destination;
      this.spill = spill;
      try {
        this.digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("Every JDK has SHA-256", e);
      }
    }
  }

  FileUploads(FileStore store, Faults faults, Ids ids) {
    this.store = store;
    this.faults = faults;
    this.ids = ids;
  }

  /** Whether the query names an upload session (its URL is its own credential: no API key is sent). */
  boolean isSession(Map<String, String> query) {
    return sessions.containsKey(query.getOrDefault("upload_id", ""));
  }

  /** Opens a Files API session from a {@code start} request. */
  void start(HttpExchange exchange, ApiPath path, byte[] body) throws IOException, ApiFailure {
    FileStart start = FileStart.read(exchange.getRequestHeaders(), body);
    if (start.name() != null && store.exists(start.name())) {
      throw new ApiFailure(409, "ALREADY_EXISTS", "File 'files/" + start.name() + "' already exists");
    }
    open(exchange, "/upload/" + path.version() + "/files", start.declaredSize(), (spill, size, sha, baseUrl) -> {
      String id = start.name() != null ? start.name() : store.newId();
      FileStore.StoredFile file = store.add(id, start.displayName(), start.mimeType(), size, sha, "UPLOADED", spill, null);
      ObjectNode answer = JsonNodeFactory.instance.objectNode();
      // The upload's answer shows the file as it was when the bytes were complete.
      answer.set("file", store.toJson(file, baseUrl, "PROCESSING"));
      return answer;
    });
  }

  /**
   * Opens a session whose bytes go to {@code destination}, answering its URL ({@code sessionPath}
   * plus the session's id) in {@code x-goog-upload-url}.
   */
  void open(HttpExchange exchange, String sessionPath, long declaredSize, Destination destination) throws IOException {
    String id = ids.resource("file_upload_");
    sessions.put(id, new Session(declaredSize, destination, store.newSpillFile()));
    String host = exchange.getRequestHeaders().getFirst("Host");
    exchange.getResponseHeaders().set("x-goog-upload-url",
        "http://" + host + sessionPath + "?upload_id=" + id + "&upload_protocol=resumable");
    exchange.getResponseHeaders().set("x-goog-upload-status", "active");
    exchange.getResponseHeaders().set("x-goog-upload-chunk-granularity", Long.toString(GRANULARITY));
    InteractionsHandler.send(exchange, 200, "text/plain", "");
  }

  /** A request on an open session: {@code upload}, {@code upload, finalize}, {@code finalize}, {@code query}, {@code cancel}. */
  void command(HttpExchange exchange, Map<String, String> query, String baseUrl) throws IOException, ApiFailure {
    Session session = sessions.get(query.getOrDefault("upload_id", ""));
    if (session == null) {
      throw ApiFailure.notFound("No upload session '" + query.get("upload_id") + "'");
    }
    String command = String.valueOf(exchange.getRequestHeaders().getFirst("X-Goog-Upload-Command")).toLowerCase(Locale.ROOT);
    synchronized (session) {
      if (command.equals("query")) {
        answer(exchange, session, baseUrl, true);
      } else if (command.equals("cancel")) {
        sessions.remove(query.get("upload_id"));
        session.status = "cancelled";
        session.spill.toFile().delete();
        exchange.getResponseHeaders().set("x-goog-upload-status", "cancelled");
        InteractionsHandler.send(exchange, 200, "text/plain", "");
      } else if (command.contains("upload") || command.contains("finalize")) {
        chunk(exchange, session, command, baseUrl);
      } else {
        throw ApiFailure.invalid("Unknown X-Goog-Upload-Command '" + command + "'; expected upload, finalize, query or cancel");
      }
    }
  }

  private void chunk(HttpExchange exchange, Session session, String command, String baseUrl) throws IOException, ApiFailure {
    long offset = offset(exchange);
    long length = contentLength(exchange);
    if (!session.status.equals("active")) {
      // A resent last chunk (its answer was lost) is answered again; anything else is refused.
      if (offset + Math.max(0, length) == session.received) {
        exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
        answer(exchange, session, baseUrl, false);
        return;
      }
      throw refused(exchange, session, "The upload is already finalized");
    }
    if (offset != session.received) {
      throw refused(exchange, session, "X-Goog-Upload-Offset " + offset + " does not match the " + session.received
          + " bytes received; query the session (X-Goog-Upload-Command: query) and resume from there");
    }
    boolean finalize = command.contains("finalize");
    if (!finalize && length >= 0 && length % GRANULARITY != 0) {
      throw refused(exchange, session, "A chunk other than the last must be a multiple of " + GRANULARITY + " bytes but has " + length);
    }
    long limit = session.declaredSize >= 0 ? session.declaredSize : MAX_FILE_SIZE;
    if (length >= 0 && session.received + length > limit) {
      throw refused(exchange, session, "The upload would hold " + (session.received + length) + " bytes, more than the "
          + limit + " declared or allowed");
    }
    long cut = faults.takeUploadCut();
    long kept = receive(exchange.getRequestBody(), session, cut, limit);
    if (cut >= 0 && kept == cut) {
      // The fault: the bytes so far are kept, the connection closes without an answer.
      return;
    }
    if (finalize) {
      finish(session, baseUrl);
    }
    answer(exchange, session, baseUrl, false);
  }

  /** Copies the body to the session's file, at most {@code cut} bytes when {@code cut >= 0}; the count kept. */
  private static long receive(InputStream body, Session session, long cut, long limit) throws IOException, ApiFailure {
    MessageDigest before = copy(session.digest);
    long count = 0;
    byte[] buffer = new byte[BUFFER];
    try (FileChannel channel = FileChannel.open(session.spill, StandardOpenOption.WRITE)) {
      channel.position(session.received);
      try {
        while (cut < 0 || count < cut) {
          int read = body.read(buffer, 0, (int) (cut < 0 ? BUFFER : Math.min(BUFFER, cut - count)));
          if (read < 0) {
            break;
          }
          if (session.received + count + read > limit) {
            // A body without Content-Length that outgrew the upload: forget the whole chunk.
            channel.truncate(session.received);
            session.digest = before;
            count = 0;
            throw ApiFailure.invalid("The upload holds more than the " + limit + " bytes declared or allowed");
          }
          channel.write(ByteBuffer.wrap(buffer, 0, read));
          session.digest.update(buffer, 0, read);
          count += read;
        }
      } finally {
        // What arrived stays, even when the connection broke: a client resumes from it.
        session.received += count;
      }
    }
    return count;
  }

  private void finish(Session session, String baseUrl) throws ApiFailure {
    long declared = session.declaredSize;
    if (declared >= 0 && session.received != declared) {
      throw ApiFailure.invalid("The upload was finalized with " + session.received + " bytes, but "
          + declared + " were declared (X-Goog-Upload-Header-Content-Length)");
    }
    // A clone: digest() resets, and a finalize the destination refuses (a name taken meanwhile)
    // may be sent again over the same bytes.
    String sha = Base64.getEncoder().encodeToString(copy(session.digest).digest());
    session.finalAnswer = session.destination.finish(session.spill, session.received, sha, baseUrl);
    session.status = "final";
  }

  private void answer(HttpExchange exchange, Session session, String baseUrl, boolean withSize) throws IOException {
    exchange.getResponseHeaders().set("x-goog-upload-status", session.status);
    if (withSize) {
      exchange.getResponseHeaders().set("x-goog-upload-size-received", Long.toString(session.received));
    }
    if (session.finalAnswer == null) {
      InteractionsHandler.send(exchange, 200, "text/plain", "");
      return;
    }
    InteractionsHandler.send(exchange, 200, "application/json", session.finalAnswer.toString());
  }

  private static MessageDigest copy(MessageDigest digest) {
    try {
      return (MessageDigest) digest.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("The JDK's SHA-256 can be cloned", e);
    }
  }

  private static ApiFailure refused(HttpExchange exchange, Session session, String message) {
    exchange.getResponseHeaders().set("x-goog-upload-status", session.status);
    exchange.getResponseHeaders().set("x-goog-upload-size-received", Long.toString(session.received));
    return ApiFailure.invalid(message);
  }

  private static long offset(HttpExchange exchange) throws ApiFailure {
    String offset = exchange.getRequestHeaders().getFirst("X-Goog-Upload-Offset");
    try {
      long value = Long.parseLong(String.valueOf(offset).strip());
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiFailure.invalid("An upload chunk needs X-Goog-Upload-Offset, a byte count, but it is '" + offset + "'");
  }

  /** The chunk's declared length, or -1 for a body without {@code Content-Length} (chunked transfer). */
  private static long contentLength(HttpExchange exchange) throws ApiFailure {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      throw ApiFailure.invalid("Invalid Content-Length '" + length + "'");
    }
  }
}
