package dev.interactions4j.simulator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** The resumable upload protocol spoken by hand, for the tests that check it byte by byte. */
final class Uploads {
  static final int GRANULE = 256 * 1024;

  private Uploads() {}

  /** A start request with the given body; the answer's {@code x-goog-upload-url} is the session. */
  static Http.Answer start(Simulator simulator, String body, long size, String mimeType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/upload/v1beta/files"))
        .header("x-goog-api-key", "k")
        .header("X-Goog-Upload-Protocol", "resumable")
        .header("X-Goog-Upload-Command", "start")
        .header("Content-Type", "application/json");
    if (size >= 0) {
      request.header("X-Goog-Upload-Header-Content-Length", Long.toString(size));
    }
    if (mimeType != null) {
      request.header("X-Goog-Upload-Header-Content-Type", mimeType);
    }
    return Http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** The session URL of a start that must succeed. */
  static String session(Simulator simulator, String body, long size, String mimeType) {
    Http.Answer answer = start(simulator, body, size, mimeType);
    if (answer.status() != 200) {
      throw new AssertionError("start answered " + answer.status() + ": " + answer.body());
    }
    return answer.headers().firstValue("x-goog-upload-url").orElseThrow();
  }

  /** One chunk (no API key: the session URL is the credential, as the docs send it). */
  static Http.Answer chunk(String session, byte[] bytes, int from, int to, long offset, String command) {
    return Http.send(HttpRequest.newBuilder(URI.create(session))
        .header("X-Goog-Upload-Command", command)
        .header("X-Goog-Upload-Offset", Long.toString(offset))
        .POST(HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOfRange(bytes, from, to))).build());
  }

  static Http.Answer query(String session) {
    return Http.send(HttpRequest.newBuilder(URI.create(session)).header("X-Goog-Upload-Command", "query")
        .POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  /** Uploads {@code bytes} in one {@code upload, finalize} and returns the answer's file. */
  static tools.jackson.databind.JsonNode upload(Simulator simulator, String displayName, String mimeType, byte[] bytes) {
    String session = session(simulator, "{\"file\":{\"display_name\":\"" + displayName + "\"}}", bytes.length, mimeType);
    Http.Answer answer = chunk(session, bytes, 0, bytes.length, 0, "upload, finalize");
    if (answer.status() != 200) {
      throw new AssertionError("upload answered " + answer.status() + ": " + answer.body());
    }
    return answer.json().get("file");
  }

  static String status(Http.Answer answer) {
    return answer.headers().firstValue("x-goog-upload-status").orElse(null);
  }

  static byte[] bytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new java.util.Random(seed).nextBytes(bytes);
    return bytes;
  }

  static String sha256(byte[] bytes) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
