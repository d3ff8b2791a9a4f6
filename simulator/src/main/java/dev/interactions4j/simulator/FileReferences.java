package dev.interactions4j.simulator;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Media parts of an interaction's input that name a Files API file by {@code uri} ({@code
 * {"type": "video", "uri": ".../v1beta/files/<id>", "mime_type": ...}}, in any position, with or
 * without {@code mime_type}): checked before the model runs, and described to it. URIs on the
 * simulator's host or on Google's count; other URIs (web pages, {@code gs://}, YouTube) pass as they are.
 */
final class FileReferences {
  private static final Set<String> MEDIA = Set.of("image", "audio", "video", "document");
  private static final String GOOGLE = "https://generativelanguage.googleapis.com";
  private static final Pattern FILE_PATH = Pattern.compile("/(?:v1beta|v1)/files/([^/?#:]+)");

  private final FileStore store;
  private final String baseUrl;

  FileReferences(FileStore store, String baseUrl) {
    this.store = store;
    this.baseUrl = baseUrl;
  }

  /**
   * Refuses a request naming a file that does not exist (403 {@code PERMISSION_DENIED}, the
   * message the API gives for a missing or foreign file) or that is not {@code ACTIVE} (400
   * {@code FAILED_PRECONDITION}, the message the API gives a file still processing). Both are
   * what the API answers {@code generateContent}; the Interactions docs do not say, so the
   * simulator answers the same.
   */
  void check(JsonNode node) throws ApiFailure {
    if (node == null) {
      return;
    }
    if (node.isObject() && MEDIA.contains(node.path("type").asString("")) && node.path("uri").isString()) {
      String id = fileId(node.get("uri").asString());
      if (id != null) {
        FileStore.StoredFile file = store.peek(id);
        if (!store.state(file).equals("ACTIVE")) {
          throw new ApiFailure(400, "FAILED_PRECONDITION", "The File " + id + " is not in an ACTIVE state and usage is not allowed.");
        }
      }
    }
    for (JsonNode child : node) {
      check(child);
    }
  }

  /**
   * Keeps media the model generated as a {@code GENERATED} file, {@code ACTIVE} at once and
   * downloadable, and returns its {@code uri}.
   */
  String generated(String mimeType, byte[] bytes) {
    return FileStore.uri(baseUrl, store.addGenerated(mimeType, bytes).id);
  }

  /** What the model sees of a file named by {@code uri}, or null when the uri names no stored file. */
  String describe(String kind, String uri, String partMimeType) {
    String id = fileId(uri);
    FileStore.StoredFile file = id == null ? null : store.find(id);
    if (file == null) {
      return null;
    }
    StringBuilder seen = new StringBuilder("I see ").append(kind.isEmpty() || "aeiou".indexOf(kind.charAt(0)) < 0 ? "a " : "an ")
        .append(kind);
    if (file.displayName != null) {
      seen.append(" \"").append(file.displayName).append('"');
    }
    seen.append(" (files/").append(file.id).append(", ").append(partMimeType != null ? partMimeType : file.mimeType);
    if (file.size >= 0) {
      seen.append(String.format(Locale.ROOT, ", %,d bytes", file.size));
    }
    if (file.registeredUri != null) {
      seen.append(", registered from ").append(file.registeredUri);
    }
    return seen.append(").").toString();
  }

  /** The file id a uri names on the simulator's or Google's host, or null. */
  private String fileId(String uri) {
    String path = uri.startsWith(baseUrl + "/") ? uri.substring(baseUrl.length())
        : uri.startsWith(GOOGLE + "/") ? uri.substring(GOOGLE.length()) : null;
    if (path == null) {
      return null;
    }
    Matcher matcher = FILE_PATH.matcher(path);
    return matcher.matches() ? matcher.group(1) : null;
  }
}
