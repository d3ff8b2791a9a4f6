package dev.interactions4j.simulator;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Real, deterministic media for the scripted model: PNG images (as large as a prompt asks, "a
 * 50 MB poster"), WAV speech stand-ins, and a description of the media a turn sends.
 */
final class Media {
  private static final Pattern MEGABYTES = Pattern.compile("(\\d{1,4})\\s*MB\\b", Pattern.CASE_INSENSITIVE);
  private static final int SAMPLE_RATE = 24_000;

  private Media() {}

  /** The PNG for an image prompt: {@link #png(String)}, padded to the size the prompt names. */
  static byte[] imageFor(String prompt) {
    byte[] png = png(prompt);
    Matcher size = MEGABYTES.matcher(prompt);
    return size.find() ? padded(png, Long.parseLong(size.group(1)) * 1024 * 1024) : png;
  }

  /**
   * The PNG grown to {@code size} bytes by a private ancillary chunk ({@code pdDg}), which
   * decoders skip: still a valid image.
   */
  static byte[] padded(byte[] png, long size) {
    int padding = (int) Math.max(0, size - png.length - 12);
    int iend = png.length - 12;
    ByteBuffer out = ByteBuffer.allocate(png.length + 12 + padding).order(ByteOrder.BIG_ENDIAN);
    out.put(png, 0, iend);
    out.putInt(padding);
    byte[] type = "pdDg".getBytes(StandardCharsets.US_ASCII);
    out.put(type);
    CRC32 crc = new CRC32();
    crc.update(type);
    byte[] zeros = new byte[padding];
    crc.update(zeros);
    out.put(zeros);
    out.putInt((int) crc.getValue());
    out.put(png, iend, 12);
    return out.array();
  }

  /**
   * A minimal MP4 (ISO base media) file: an {@code ftyp} box and a {@code free} box holding
   * {@code subject}, enough for a type sniffer; it has no playable track.
   */
  static byte[] mp4(String subject) {
    byte[] note = subject.getBytes(StandardCharsets.UTF_8);
    ByteBuffer out = ByteBuffer.allocate(24 + 8 + note.length).order(ByteOrder.BIG_ENDIAN);
    out.putInt(24).put("ftypmp42".getBytes(StandardCharsets.US_ASCII)).putInt(0)
        .put("mp42isom".getBytes(StandardCharsets.US_ASCII));
    out.putInt(8 + note.length).put("free".getBytes(StandardCharsets.US_ASCII)).put(note);
    return out.array();
  }

  /** A one-page PDF whose text is {@code subject}. */
  static byte[] pdf(String subject) {
    String text = subject.replaceAll("[()\\\\]", " ");
    String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    java.util.List<Integer> offsets = new java.util.ArrayList<>();
    String[] objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    for (int i = 0; i < objects.length; i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    offsets.forEach(offset -> pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset)));
    pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A mono 16-bit WAV: a tone whose pitch follows {@code text}, about 60 ms per word. */
  static byte[] wav(String text) {
    int words = Math.max(1, text.strip().split("\\s+").length);
    int samples = SAMPLE_RATE * 60 / 1000 * words;
    double pitch = 220 + Math.floorMod(text.hashCode(), 440);
    ByteBuffer out = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
    out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
        .put("WAVE".getBytes(StandardCharsets.US_ASCII))
        .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
        .putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16)
        .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
    for (int i = 0; i < samples; i++) {
      out.putShort((short) (Math.sin(2 * Math.PI * pitch * i / SAMPLE_RATE) * 8000));
    }
    return out.array();
  }

  /**
   * What the model "sees" in the media parts of a turn: kind, MIME type, byte count and, for
   * images, the pixel size, read from the bytes themselves; for a Files API file its name, type
   * and size; null when there are none.
   */
  static String describe(JsonNode contents, FileReferences files) {
    StringBuilder seen = new StringBuilder();
    for (JsonNode content : contents) {
      String type = content.path("type").asString("");
      if (type.equals("text") || !(content instanceof ObjectNode)) {
        continue;
      }
      String mime = content.path("mime_type").asString("unknown type");
      seen.append(seen.length() == 0 ? "" : " ");
      String file = content.path("uri").isString()
          ? files.describe(type, content.get("uri").asString(), content.path("mime_type").asString(null)) : null;
      if (file != null) {
        seen.append(file);
        continue;
      }
      if (content.hasNonNull("uri")) {
        seen.append(String.format(Locale.ROOT, "I see %s %s (%s) at %s.", article(type), type, mime, content.get("uri").asString()));
        continue;
      }
      byte[] bytes = Base64.getMimeDecoder().decode(content.path("data").asString(""));
      String size = "";
      if (type.equals("image")) {
        try {
          java.awt.image.BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
          size = image == null ? "" : " of " + image.getWidth() + "×" + image.getHeight() + " pixels";
        } catch (IOException e) {
          size = "";
        }
      }
      seen.append(String.format(Locale.ROOT, "I see %s %s (%s, %,d bytes)%s.", article(type), type, mime, bytes.length, size));
    }
    return seen.length() == 0 ? null : seen.toString();
  }

  /** A 64×64 PNG whose pattern and colours follow from {@code prompt}. */
  static byte[] png(String prompt) {
    int hash = prompt.hashCode();
    Color base = new Color(hash & 0xFFFFFF);
    Color accent = new Color(~hash & 0xFFFFFF);
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    int stripe = 4 + Math.floorMod(hash, 12);
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        image.setRGB(x, y, ((x + y) / stripe) % 2 == 0 ? base.getRGB() : accent.getRGB());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String article(String word) {
    return "aeiou".indexOf(word.isEmpty() ? 'x' : word.charAt(0)) >= 0 ? "an" : "a";
  }
}
