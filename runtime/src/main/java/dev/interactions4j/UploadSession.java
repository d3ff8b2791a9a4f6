package dev.interactions4j;

import dev.interactions4j.files.UploadOptions;
import dev.interactions4j.wire.WireJson;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Starts a resumable upload: {@code POST /upload/v1beta/files} with {@code X-Goog-Upload-Command:
 * start}, the file's size and type in {@code X-Goog-Upload-Header-*} and its metadata in the body,
 * answered with the session URL in {@code x-goog-upload-url}. The session URL is the upload's
 * authority, so it gets no credential; it is moved to the configured base URL's origin (as
 * Google's SDKs do for a custom base URL) and loses any {@code key} parameter, and it never
 * appears in a message.
 */
final class UploadSession {
  private final HttpTransport transport;
  private final RetryPolicy retryPolicy;

  UploadSession(HttpTransport transport, RetryPolicy retryPolicy) {
    this.transport = transport;
    this.retryPolicy = retryPolicy;
  }

  /** The session URL of a new Files API upload of {@code size} bytes of {@code mimeType}. */
  URI start(long size, String mimeType, UploadOptions options) {
    if (!transport.endpoint().isGeminiApi()) {
      throw new GeminiException("The Files API exists on the Gemini API only; on the Agent Platform, refer to"
          + " Cloud Storage objects (gs://...) by URI in the interaction instead");
    }
    return start("POST", Endpoint.FILES_UPLOAD, size, mimeType, WireJson.bytes(metadata(size, mimeType, options)));
  }

  /**
   * The session URL of a new upload started by {@code method} on {@code path} (below the base
   * URL), with {@code body} as the start's JSON body (empty for none).
   */
  URI start(String method, String path, long size, String mimeType, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Goog-Upload-Protocol", "resumable");
    headers.put("X-Goog-Upload-Command", "start");
    headers.put("X-Goog-Upload-Header-Content-Length", Long.toString(size));
    headers.put("X-Goog-Upload-Header-Content-Type", mimeType);
    if (body.length > 0) {
      headers.put("Content-Type", "application/json");
    }
    URI target = URI.create(transport.endpoint().baseUrl() + path);
    long since = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      String why;
      HttpTransport.RawAnswer refused;
      try {
        HttpTransport.RawAnswer answer = transport.sendOnce(method, target, headers,
            body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body), true,
            ResumableUpload.MAX_ANSWER);
        if (answer.status() / 100 == 2) {
          String url = answer.headers().firstValue("x-goog-upload-url").orElse(null);
          if (url == null || url.isBlank()) {
            throw new GeminiException("The upload start was answered without an x-goog-upload-url header (HTTP "
                + answer.status() + "); the server does not speak the resumable protocol");
          }
          return onBaseOrigin(url.strip());
        }
        // A start creates the file: a conflict (the name or path exists) does not go away by waiting.
        if (!RetryPolicy.isRetryable(answer.status()) || answer.status() == 409) {
          throw transport.failure(answer);
        }
        refused = answer;
        why = "HTTP " + answer.status();
      } catch (IOException e) {
        refused = null;
        why = e.toString();
      }
      Duration wait = transport.nextBackoff(attempt);
      if (attempt >= retryPolicy.maxAttempts()
          || Duration.ofNanos(System.nanoTime() - since).plus(wait).compareTo(retryPolicy.maxElapsed()) > 0) {
        if (refused != null) {
          throw transport.failure(refused); // the server's own words, typed by status
        }
        throw new GeminiTransportException("Could not start the upload after " + attempt + " attempt"
            + (attempt == 1 ? "" : "s") + ": " + why, null, null);
      }
      transport.pause(wait, null);
    }
  }

  /** {@code {"file": {...}}} in the File resource's own lowerCamelCase, {@code sizeBytes} a string. */
  private static ObjectNode metadata(long size, String mimeType, UploadOptions options) {
    ObjectNode file = JsonNodeFactory.instance.objectNode();
    if (options.name() != null) {
      file.put("name", options.name());
    }
    if (options.displayName() != null) {
      file.put("displayName", options.displayName());
    }
    file.put("mimeType", mimeType);
    file.put("sizeBytes", Long.toString(size));
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("file", file);
    return body;
  }

  /** The session URL with the configured origin and without a {@code key} parameter. */
  private URI onBaseOrigin(String url) {
    URI given;
    try {
      given = new URI(url);
    } catch (URISyntaxException e) {
      throw new GeminiException("The upload start answered a malformed session URL");
    }
    if (given.getRawPath() == null || given.getRawPath().isEmpty()) {
      throw new GeminiException("The upload start answered a session URL without a path");
    }
    URI base = URI.create(transport.endpoint().baseUrl());
    String query = given.getRawQuery() == null ? null : Stream.of(given.getRawQuery().split("&"))
        .filter(pair -> !pair.startsWith("key=")).collect(Collectors.joining("&"));
    return URI.create(base.getScheme() + "://" + base.getRawAuthority() + given.getRawPath()
        + (query == null || query.isEmpty() ? "" : "?" + query));
  }
}
