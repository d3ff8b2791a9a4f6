package dev.interactions4j;

import dev.interactions4j.files.UploadOptions;
import dev.interactions4j.wire.WireJson;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The files of a remote environment ({@code /v1beta/environments/{id}/files/...}): list what an
 * agent wrote there, download it, and upload files for an agent to work on. From {@link
 * GeminiClient#environmentFiles()}.
 */
public final class EnvironmentFiles {
  private final HttpTransport transport;

  EnvironmentFiles(HttpTransport transport) {
    this.transport = transport;
  }

  /**
   * One file or folder.
   *
   * @param path its path in the environment
   * @param type {@code file} or {@code directory} (the SDK's values; the reference does not list them)
   * @param mimeType its media type, or null
   * @param sizeBytes its size, or -1 when not given
   * @param modified RFC 3339 time of the last change, or null
   */
  public record Entry(String path, String type, String mimeType, long sizeBytes, String modified) {}

  /** One page of a listing, and the token of the next ({@code null} after the last). */
  public record Page(List<Entry> entries, String nextPageToken) {}

  /** Everything under {@code folder} ("" for the root), all pages, {@code recursive} or not. */
  public List<Entry> list(String environmentId, String folder, boolean recursive) {
    List<Entry> all = new ArrayList<>();
    String token = null;
    do {
      Page page = list(environmentId, folder, recursive, token);
      all.addAll(page.entries());
      token = page.nextPageToken();
    } while (token != null);
    return all;
  }

  /** One page of the listing of {@code folder}. */
  public Page list(String environmentId, String folder, boolean recursive, String pageToken) {
    String query = "?page_size=1000" + (recursive ? "&recursive=true" : "")
        + (pageToken == null ? "" : "&page_token=" + Endpoint.encode(pageToken));
    return transport.call("GET", path(environmentId, folder) + query, null, null, body -> {
      try (body) {
        JsonNode json = WireJson.readTree(new String(body.readAllBytes(), StandardCharsets.UTF_8));
        List<Entry> entries = new ArrayList<>();
        for (JsonNode file : json.path("files")) {
          entries.add(entry(file));
        }
        JsonNode next = json.get("next_page_token");
        return new Page(entries, next == null || next.asString("").isEmpty() ? null : next.asString());
      }
    });
  }

  /** The bytes of a file (read whole: for large files use {@link #download(String, String, Path)}). */
  public byte[] download(String environmentId, String path) {
    return transport.call("GET", path(environmentId, path) + "?alt=media", null, null, body -> {
      try (body) {
        return body.readAllBytes();
      }
    });
  }

  /** A file copied to {@code target} as it arrives; returns its size. */
  public long download(String environmentId, String path, Path target) {
    return transport.call("GET", path(environmentId, path) + "?alt=media", null, null, body -> {
      try (InputStream in = body) {
        return Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    });
  }

  /**
   * Uploads {@code file} to {@code path} in the environment with the resumable protocol of the
   * Files API ({@code PUT /upload/v1beta/environments/{id}/files/{path}}, then chunks; resumed
   * after a cut, memory bounded by nothing but the file on disk), replacing a file already there
   * when {@code overwrite} is true. Returns the file as the environment lists it.
   *
   * @throws GeminiApiException 409 when the file exists and {@code overwrite} is false
   */
  public Entry upload(String environmentId, String path, Path file, boolean overwrite) {
    return upload(environmentId, path, file, overwrite, UploadOptions.defaults());
  }

  /**
   * Uploads {@code file} as {@link #upload(String, String, Path, boolean)} does, with {@code
   * options}' chunk size, MIME type (else guessed from the name) and progress listener.
   */
  public Entry upload(String environmentId, String path, Path file, boolean overwrite,
      UploadOptions options) {
    Objects.requireNonNull(file, "file");
    if (path == null || path.isBlank() || path.chars().allMatch(c -> c == '/')) {
      throw new IllegalArgumentException("An upload into an environment needs the file's path there");
    }
    UploadSource.LocalFile local = UploadSource.LocalFile.of(file, options.mimeType());
    long size = local.size();
    String type = local.mimeType();
    String target = "/upload" + path(environmentId, path) + "?overwrite=" + overwrite;
    RetryPolicy retries = transport.retryPolicy();
    URI session = new UploadSession(transport, retries).start("PUT", target, size, type, new byte[0]);
    String stripped = path.replaceAll("^/+", "");
    return new ResumableUpload<>(transport, retries, session, UploadSource.of(file, size, options.chunkSize()),
        options.listener(), answer -> uploaded(answer, stripped, type, size)).run();
  }

  /**
   * The entry of a finished upload. The reference does not say what the final answer holds, so
   * an entry in it is read when there is one, and otherwise the entry is what was sent.
   */
  private static Entry uploaded(HttpTransport.RawAnswer answer, String path, String mimeType, long size) {
    String text = answer.text();
    if (!text.isBlank()) {
      JsonNode json = WireJson.readTree(text);
      JsonNode file = json.has("file") ? json.get("file") : json;
      if (file.has("path")) {
        return entry(file);
      }
    }
    return new Entry(path, "file", mimeType, size, null);
  }

  private static Entry entry(JsonNode file) {
    return new Entry(file.path("path").asString(null), file.path("type").asString(null),
        file.path("mime_type").asString(null), file.path("size_bytes").asLong(-1), file.path("modified").asString(null));
  }

  private String path(String environmentId, String path) {
    if (environmentId == null || environmentId.isBlank()) {
      throw new IllegalArgumentException("An environment id is required");
    }
    String id = environmentId.startsWith("environments/") ? environmentId.substring("environments/".length()) : environmentId;
    StringBuilder encoded = new StringBuilder();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        encoded.append('/').append(Endpoint.encode(segment).replace("+", "%20"));
      }
    }
    return transport.endpoint().resource("environments") + "/" + Endpoint.encode(id) + "/files" + encoded;
  }
}
