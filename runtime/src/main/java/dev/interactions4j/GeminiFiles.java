package dev.interactions4j;

import dev.interactions4j.files.FileFailedException;
import dev.interactions4j.files.FileState;
import dev.interactions4j.files.GeminiFile;
import dev.interactions4j.files.UploadOptions;
import dev.interactions4j.wire.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Files API (Gemini API only): upload media too large to send inline, then refer to it by
 * URI in any number of interactions for 48 hours. Uploads use Google's resumable protocol in
 * chunks (8 MiB by default), each retried and, after a cut, resumed from what the server has. A
 * file is read from disk by each attempt and a stream through one chunk buffer, so an upload of any
 * size holds at most one chunk of heap. From {@link GeminiClient#files()}.
 *
 * <pre>{@code
 * GeminiFile file = client.files().upload(Path.of("lecture.mp4"));
 * file = client.files().awaitActive(file, Duration.ofMinutes(5));
 * client.create(InteractionRequest.model(model).input(Input.content(Content.text("Summarize"),
 *     Video.of(file).toContent())).build());
 * }</pre>
 */
public final class GeminiFiles {
  /**
   * The metadata paths: documented on {@code v1beta} only, so kept there whatever the client's
   * version, like the upload path ({@link Endpoint#FILES_UPLOAD}). Google's SDKs follow the
   * client's version here; whether {@code v1} serves them is not documented.
   */
  static final String FILES_PATH = "/v1beta/files";
  /** The API's largest page. */
  static final int MAX_PAGE_SIZE = 100;

  /** An upload is reused only while it has this much time left before the API deletes it. */
  static final Duration REUSE_MARGIN = Duration.ofHours(1);

  private final HttpTransport transport;
  private final RetryPolicy retryPolicy;
  private final PollingPolicy polling;
  /** This client's uploads that {@link #reuseOrUpload} may give again. */
  private final Map<UploadKey, GeminiFile> uploaded = new ConcurrentHashMap<>();

  /** What makes two uploads the same: the file as it is now, and the type it was sent as. */
  private record UploadKey(Path file, long size, long modifiedMillis, String mimeType) {}

  GeminiFiles(HttpTransport transport, RetryPolicy retryPolicy, PollingPolicy polling) {
    this.transport = transport;
    this.retryPolicy = retryPolicy;
    this.polling = polling;
  }

  /** One page of files, and the token of the next ({@code null} after the last). */
  public record Page(List<GeminiFile> files, String nextPageToken) {
    public Page {
      files = List.copyOf(files);
    }
  }

  /** Uploads {@code file} with the default options (its MIME type guessed from its name). */
  public GeminiFile upload(Path file) {
    return upload(file, UploadOptions.defaults());
  }

  /**
   * Uploads {@code file}: the new File, usually {@code PROCESSING} at first (see {@link
   * #awaitActive}).
   *
   * @throws GeminiTransportException when the upload made no progress within the retry policy
   */
  public GeminiFile upload(Path file, UploadOptions options) {
    Objects.requireNonNull(file, "file");
    UploadSource.LocalFile local = UploadSource.LocalFile.of(file, options.mimeType());
    long size = local.size();
    String type = local.mimeType();
    UploadOptions named = options.displayName() != null ? options
        : options.withDisplayName(truncated(file.getFileName().toString()));
    return new ResumableUpload<>(transport, retryPolicy, new UploadSession(transport, retryPolicy).start(size, type, named),
        UploadSource.of(file, size, options.chunkSize()), options.listener(), ResumableUpload::file).run();
  }

  /**
   * Uploads {@code size} bytes read from {@code in} (not closed), of the MIME type the options
   * name. A stream cannot go back: after a cut the upload resumes within the chunk in hand, and
   * fails when the server asks for bytes before it.
   */
  public GeminiFile upload(InputStream in, long size, UploadOptions options) {
    Objects.requireNonNull(in, "in");
    if (size < 0) {
      throw new IllegalArgumentException("The size of an upload must be known, not " + size);
    }
    if (options.mimeType() == null) {
      throw new IllegalArgumentException("An upload from a stream needs its MIME type: UploadOptions.withMimeType(...)");
    }
    UploadSource source = UploadSource.of(in, size, options.chunkSize());
    return new ResumableUpload<>(transport, retryPolicy,
        new UploadSession(transport, retryPolicy).start(size, options.mimeType(), options), source, options.listener(),
        ResumableUpload::file).run();
  }

  /**
   * An {@code ACTIVE} upload of {@code file}: the one this client made earlier for the same path,
   * size, modification time and MIME type if it expires in more than an hour and was not deleted
   * through this client, else a new upload awaited until {@code ACTIVE} within {@code deadline}.
   * What generated services use, so that a file sent in every call of a conversation is uploaded
   * once.
   */
  public GeminiFile reuseOrUpload(Path file, UploadOptions options, Duration deadline) {
    UploadKey key;
    try {
      Path real = file.toAbsolutePath().normalize();
      key = new UploadKey(real, Files.size(real), Files.getLastModifiedTime(real).toMillis(), options.mimeType());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    GeminiFile known = uploaded.get(key);
    if (known != null && (known.expirationTime() == null
        || known.expirationTime().isAfter(Instant.now().plus(REUSE_MARGIN)))) {
      return known;
    }
    GeminiFile active = awaitActive(upload(file, options), deadline);
    uploaded.put(key, active);
    return active;
  }

  /** The file named {@code name} ({@code files/<id>} or the id). */
  public GeminiFile get(String name) {
    return transport.call("GET", path(name), null, null, body -> {
      try (body) {
        return FileCodec.read(new String(body.readAllBytes(), StandardCharsets.UTF_8));
      }
    });
  }

  /** Every file of the project, in the API's order, fetched a page of 100 at a time as the iteration needs. */
  public Iterable<GeminiFile> list() {
    return () -> new FilePages(token -> list(MAX_PAGE_SIZE, token));
  }

  /**
   * One page of at most {@code pageSize} files (1 to 100), after {@code pageToken} (null for the
   * first page).
   */
  public Page list(int pageSize, String pageToken) {
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize is 1 to " + MAX_PAGE_SIZE + " but is " + pageSize);
    }
    String query = "?pageSize=" + pageSize + (pageToken == null ? "" : "&pageToken=" + Endpoint.encode(pageToken));
    return transport.call("GET", checkedBase() + query, null, null, body -> {
      try (body) {
        String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        JsonNode json = WireJson.readTree(text);
        List<GeminiFile> files = new ArrayList<>();
        for (JsonNode file : json.path("files")) {
          files.add(FileCodec.read(file, text));
        }
        String next = json.path("nextPageToken").asString(json.path("next_page_token").asString(""));
        return new Page(files, next.isEmpty() ? null : next);
      }
    });
  }

  /** Deletes the file named {@code name}; interactions can no longer refer to it. */
  public void delete(String name) {
    String full = name != null && !name.startsWith("files/") ? "files/" + name : name;
    uploaded.values().removeIf(file -> file.name().equals(full));
    transport.call("DELETE", path(name), null, null, body -> {
      try (body) {
        return body.transferTo(java.io.OutputStream.nullOutputStream());
      }
    });
  }

  /** {@link #awaitActive(String, Duration)} for a file in hand. */
  public GeminiFile awaitActive(GeminiFile file, Duration deadline) {
    return file.isActive() ? file : awaitActive(file.name(), deadline);
  }

  /**
   * Polls the file by the client's {@link PollingPolicy} until it is {@code ACTIVE}, as the API
   * asks before a video is used.
   *
   * @throws FileFailedException when its processing failed, with the file's error
   * @throws GeminiTimeoutException when it is still processing after {@code deadline}
   */
  public GeminiFile awaitActive(String name, Duration deadline) {
    long start = System.nanoTime();
    Duration wait = polling.initialInterval();
    while (true) {
      GeminiFile file = get(name);
      if (file.isActive()) {
        return file;
      }
      if (FileState.FAILED.equals(file.state())) {
        throw new FileFailedException(file);
      }
      Duration remaining = deadline.minus(Duration.ofNanos(System.nanoTime() - start));
      if (remaining.isNegative() || remaining.isZero()) {
        throw new GeminiTimeoutException("File " + file.name() + " was still " + file.state() + " after " + deadline
            + "; it goes on processing: await it again from its name", null, null);
      }
      transport.pause(wait.compareTo(remaining) < 0 ? wait : remaining, null);
      wait = polling.next(wait);
    }
  }

  /**
   * Registers Cloud Storage objects ({@code gs://bucket/object}) as files, without copying them:
   * the API reads them as the caller. Needs Bearer credentials (scopes {@code cloud-platform} and
   * {@code devstorage.read_only}); the API refuses an API key.
   */
  public List<GeminiFile> register(List<String> gcsUris) {
    if (!transport.bearer()) {
      throw new GeminiException("files:register needs Bearer credentials with the cloud-platform and"
          + " devstorage.read_only scopes (GeminiClientBuilder.credentials(...)); the API refuses an API key for it");
    }
    if (gcsUris.isEmpty()) {
      throw new IllegalArgumentException("Name at least one gs:// URI to register");
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    for (String uri : gcsUris) {
      if (uri == null || !uri.startsWith("gs://") || uri.length() <= "gs://".length()) {
        throw new IllegalArgumentException("Only Cloud Storage objects are registered, gs://bucket/object, not " + uri);
      }
      body.withArray("uris").add(uri);
    }
    return transport.call("POST", checkedBase() + ":register", WireJson.bytes(body), null, answer -> {
      try (answer) {
        String text = new String(answer.readAllBytes(), StandardCharsets.UTF_8);
        List<GeminiFile> files = new ArrayList<>();
        for (JsonNode file : WireJson.readTree(text).path("files")) {
          files.add(FileCodec.read(file, text));
        }
        return files;
      }
    });
  }

  private String checkedBase() {
    if (!transport.endpoint().isGeminiApi()) {
      throw new GeminiException("The Files API exists on the Gemini API only; on the Agent Platform, refer to"
          + " Cloud Storage objects (gs://...) by URI in the interaction instead");
    }
    return FILES_PATH;
  }

  private String path(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A file name (files/<id>) is required");
    }
    String id = name.startsWith("files/") ? name.substring("files/".length()) : name;
    return checkedBase() + "/" + Endpoint.encode(id);
  }

  private static String truncated(String name) {
    return name.length() <= 512 ? name : name.substring(0, 512);
  }

  @Override
  public String toString() {
    return "GeminiFiles[" + transport.endpoint().baseUrl() + FILES_PATH + "]";
  }
}
