package dev.interactions4j.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Files API's store: each file's metadata, its bytes in a temporary directory of the
 * simulator (never in the heap, so a test can upload more than its heap holds), and its state,
 * {@code PROCESSING} until the configured time has passed and the configured number of gets has
 * been answered, then {@code ACTIVE} (or {@code FAILED} when {@link Faults#failFileProcessing} asked).
 * Nothing expires while the simulator runs; {@code expirationTime} says 48 hours, as the API does.
 */
final class FileStore implements AutoCloseable {
  /** A file id: at most 40 of {@code [a-z0-9-]}, neither starting nor ending with {@code -} (Google's SDK checks the same). */
  private static final Pattern ID = Pattern.compile("[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?");
  private static final Duration LIFETIME = Duration.ofHours(48);
  private static final AtomicLong SEQUENCE = new AtomicLong();

  /** One file and where its bytes are. */
  static final class StoredFile {
    final String id;
    final String displayName;
    final String mimeType;
    final long size;
    final String sha256;
    final String source;
    final Path bytes;
    final Instant created;
    /** The order of creation, for listing newest first even within one clock tick. */
    final long sequence;
    final ObjectNode failure;
    /** The file's origin for registered files ({@code gs://...}), else null. */
    final String registeredUri;
    private int gets;

    StoredFile(String id, String displayName, String mimeType, long size, String sha256, String source, Path bytes,
        String registeredUri, ObjectNode failure) {
      this.id = id;
      this.displayName = displayName;
      this.mimeType = mimeType;
      this.size = size;
      this.sha256 = sha256;
      this.source = source;
      this.bytes = bytes;
      this.registeredUri = registeredUri;
      this.failure = failure;
      this.created = Instant.now().truncatedTo(ChronoUnit.MICROS);
      this.sequence = SEQUENCE.incrementAndGet();
    }
  }

  private final Map<String, StoredFile> files = new ConcurrentHashMap<>();
  private final Ids ids;
  private final Faults faults;
  private volatile Duration processingTime;
  private volatile int processingGets;
  private Path directory;

  FileStore(Ids ids, Faults faults, Duration processingTime, int processingGets) {
    this.ids = ids;
    this.faults = faults;
    this.processingTime = processingTime;
    this.processingGets = processingGets;
  }

  void processing(Duration time, int gets) {
    this.processingTime = time;
    this.processingGets = gets;
  }

  synchronized Path directory() {
    return directory;
  }

  /** Whether {@code id} is a valid file id. */
  static boolean validId(String id) {
    return ID.matcher(id).matches();
  }

  /** A new id, unused so far. */
  String newId() {
    String id;
    do {
      id = ids.fileId();
    } while (files.containsKey(id) || !validId(id));
    return id;
  }

  boolean exists(String id) {
    return files.containsKey(id);
  }

  /** A new empty file in the simulator's directory, for an upload's bytes. */
  synchronized Path newSpillFile() {
    try {
      if (directory == null) {
        directory = Files.createTempDirectory("interactions4j-simulator-files-");
      }
      return Files.createTempFile(directory, "upload-", ".bin");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the simulator's file store", e);
    }
  }

  /** Keeps a file whose bytes are complete; a file-processing fault makes it end {@code FAILED}. */
  StoredFile add(String id, String displayName, String mimeType, long size, String sha256, String source, Path bytes,
      String registeredUri) throws ApiFailure {
    String failure = source.equals("UPLOADED") ? faults.takeFileProcessingFailure() : null;
    ObjectNode error = null;
    if (failure != null) {
      error = JsonNodeFactory.instance.objectNode();
      error.put("code", 3);
      error.put("message", failure);
    }
    StoredFile file = new StoredFile(id, displayName, mimeType, size, sha256, source, bytes, registeredUri, error);
    if (files.putIfAbsent(id, file) != null) {
      throw new ApiFailure(409, "ALREADY_EXISTS", "File 'files/" + id + "' already exists");
    }
    return file;
  }

  /** Keeps generated media (delivered by uri) as a file. */
  StoredFile addGenerated(String mimeType, byte[] bytes) {
    Path spill = newSpillFile();
    try {
      Files.write(spill, bytes);
      String sha = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
      return add(newId(), null, mimeType, bytes.length, sha, "GENERATED", spill, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep a generated file", e);
    } catch (NoSuchAlgorithmException | ApiFailure e) {
      throw new IllegalStateException(e);
    }
  }

  /** The file for a get, counting the get toward its processing. */
  StoredFile get(String id) throws ApiFailure {
    StoredFile file = peek(id);
    synchronized (file) {
      file.gets++;
    }
    return file;
  }

  /** The file, without counting a get. */
  StoredFile peek(String id) throws ApiFailure {
    StoredFile file = files.get(id);
    if (file == null) {
      // What the API answers for a file that does not exist or is not the caller's.
      throw new ApiFailure(403, "PERMISSION_DENIED", "You do not have permission to access the File " + id + " or it may not exist.");
    }
    return file;
  }

  /** The file or null, without counting a get. */
  StoredFile find(String id) {
    return files.get(id);
  }

  /** All files, newest first, as the API lists them. */
  List<StoredFile> all() {
    List<StoredFile> all = new ArrayList<>(files.values());
    all.sort(Comparator.comparingLong((StoredFile file) -> file.sequence).reversed());
    return all;
  }

  void delete(String id) throws ApiFailure {
    StoredFile file = peek(id);
    files.remove(id);
    if (file.bytes != null) {
      try {
        Files.deleteIfExists(file.bytes);
      } catch (IOException e) {
        // The directory goes when the simulator closes.
      }
    }
  }

  /** {@code PROCESSING}, {@code ACTIVE} or {@code FAILED}, now. */
  String state(StoredFile file) {
    boolean processed;
    synchronized (file) {
      processed = file.gets >= processingGets && !Instant.now().isBefore(file.created.plus(processingTime));
    }
    if (!processed && !file.source.equals("GENERATED")) {
      return "PROCESSING";
    }
    return file.failure != null ? "FAILED" : "ACTIVE";
  }

  /** The File resource, lowerCamelCase as the API writes it; {@code state} forced when not null. */
  ObjectNode toJson(StoredFile file, String baseUrl, String forcedState) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("name", "files/" + file.id);
    if (file.displayName != null) {
      json.put("displayName", file.displayName);
    }
    json.put("mimeType", file.mimeType);
    if (file.size >= 0) {
      json.put("sizeBytes", Long.toString(file.size));
    }
    json.put("createTime", file.created.toString());
    json.put("updateTime", file.created.toString());
    json.put("expirationTime", file.created.plus(LIFETIME).toString());
    if (file.sha256 != null) {
      json.put("sha256Hash", file.sha256);
    }
    json.put("uri", uri(baseUrl, file.id));
    if (file.source.equals("GENERATED")) {
      json.put("downloadUri", baseUrl + "/v1beta/files/" + file.id + ":download?alt=media");
    }
    String state = forcedState != null ? forcedState : state(file);
    json.put("state", state);
    json.put("source", file.source);
    if (state.equals("FAILED")) {
      json.set("error", file.failure.deepCopy());
    }
    return json;
  }

  /** A file's {@code uri}: where the API serves it, always under {@code v1beta} as the API writes it. */
  static String uri(String baseUrl, String id) {
    return baseUrl + "/v1beta/files/" + id;
  }

  /** Deletes the bytes of every file and upload. */
  @Override
  public synchronized void close() {
    files.clear();
    if (directory == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // Best effort: the directory is in the temporary directory.
    }
    directory = null;
  }
}
