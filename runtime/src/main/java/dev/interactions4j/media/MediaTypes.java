package dev.interactions4j.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The MIME types the Interactions API accepts per kind, and telling a file's type. */
final class MediaTypes {
  static final List<String> IMAGE = List.of("image/png", "image/jpeg", "image/webp", "image/heic", "image/heif", "image/gif");
  static final List<String> AUDIO = List.of("audio/wav", "audio/mp3", "audio/mpeg", "audio/aiff", "audio/aac", "audio/ogg", "audio/flac");
  static final List<String> VIDEO = List.of("video/mp4", "video/mpeg", "video/mov", "video/quicktime", "video/avi", "video/x-flv",
      "video/mpg", "video/webm", "video/wmv", "video/3gpp");
  static final List<String> DOCUMENT = List.of("application/pdf", "text/csv", "text/plain",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation");

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
      Map.entry("webp", "image/webp"), Map.entry("heic", "image/heic"), Map.entry("heif", "image/heif"),
      Map.entry("gif", "image/gif"), Map.entry("wav", "audio/wav"), Map.entry("mp3", "audio/mp3"),
      Map.entry("aiff", "audio/aiff"), Map.entry("aif", "audio/aiff"), Map.entry("aac", "audio/aac"),
      Map.entry("ogg", "audio/ogg"), Map.entry("oga", "audio/ogg"), Map.entry("flac", "audio/flac"),
      Map.entry("mp4", "video/mp4"), Map.entry("m4v", "video/mp4"), Map.entry("mpeg", "video/mpeg"),
      Map.entry("mpg", "video/mpg"), Map.entry("mov", "video/mov"), Map.entry("avi", "video/avi"),
      Map.entry("flv", "video/x-flv"), Map.entry("webm", "video/webm"), Map.entry("wmv", "video/wmv"),
      Map.entry("3gp", "video/3gpp"), Map.entry("pdf", "application/pdf"), Map.entry("csv", "text/csv"),
      Map.entry("txt", "text/plain"), Map.entry("md", "text/plain"),
      Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

  private MediaTypes() {}

  /**
   * The MIME type of {@code file}: from its first bytes when they say (they are what the file
   * is), else from its extension.
   *
   * @throws IllegalArgumentException when neither tells
   */
  static String of(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(16);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    String sniffed = sniff(head);
    if (sniffed != null) {
      return sniffed;
    }
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String byName = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    if (byName == null) {
      throw new IllegalArgumentException("Cannot tell the MIME type of " + file
          + " from its content or its name; give it, e.g. Image.of(path, \"image/png\")");
    }
    return byName;
  }

  /** {@code mimeType}, lower-cased, when the API accepts it for {@code kind}. */
  static String check(String kind, List<String> accepted, String mimeType) {
    if (mimeType == null || mimeType.isBlank()) {
      throw new IllegalArgumentException("A MIME type is required for " + kind + " media; the API accepts " + accepted);
    }
    String normalized = mimeType.strip().toLowerCase(Locale.ROOT);
    if (!accepted.contains(normalized)) {
      throw new IllegalArgumentException(mimeType + " is not " + kind + " media the API accepts; use one of " + accepted);
    }
    return normalized;
  }

  private static String sniff(byte[] head) {
    if (startsWith(head, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
      return "image/png";
    }
    if (startsWith(head, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return "image/jpeg";
    }
    if (ascii(head, 0, "GIF8")) {
      return "image/gif";
    }
    if (ascii(head, 0, "RIFF")) {
      return ascii(head, 8, "WEBP") ? "image/webp" : ascii(head, 8, "WAVE") ? "audio/wav" : ascii(head, 8, "AVI ") ? "video/avi" : null;
    }
    if (ascii(head, 0, "%PDF")) {
      return "application/pdf";
    }
    if (ascii(head, 0, "fLaC")) {
      return "audio/flac";
    }
    if (ascii(head, 0, "OggS")) {
      return "audio/ogg";
    }
    if (ascii(head, 0, "ID3")) {
      return "audio/mp3";
    }
    if (ascii(head, 0, "FORM") && ascii(head, 8, "AIFF")) {
      return "audio/aiff";
    }
    if (startsWith(head, 0, new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3})) {
      return "video/webm";
    }
    if (ascii(head, 4, "ftyp")) {
      String brand = head.length >= 12 ? new String(head, 8, 4, StandardCharsets.US_ASCII) : "";
      return brand.startsWith("hei") || brand.equals("mif1") ? "image/heic" : brand.equals("qt  ") ? "video/mov"
          : brand.startsWith("3g") ? "video/3gpp" : "video/mp4";
    }
    return null;
  }

  private static boolean ascii(byte[] head, int at, String text) {
    return startsWith(head, at, text.getBytes(StandardCharsets.US_ASCII));
  }

  private static boolean startsWith(byte[] head, int at, byte[] prefix) {
    return head.length >= at + prefix.length && Arrays.equals(head, at, at + prefix.length, prefix, 0, prefix.length);
  }
}
