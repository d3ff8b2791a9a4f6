package dev.interactions4j.simulator;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Run in a JVM with a small heap by {@link LargeUploadTest}: starts a simulator and uploads to
 * it, in 8 MiB chunks generated on the fly, a file of the size given (in MiB), larger than the
 * heap; prints the file's size, whether its hash matched, and the most heap used meanwhile.
 */
public final class LargeUploadMain {
  private static final int CHUNK = 8 * 1024 * 1024;

  private LargeUploadMain() {}

  public static void main(String[] args) throws Exception {
    long size = Long.parseLong(args[0]) * 1024 * 1024;
    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    MessageDigest sent = MessageDigest.getInstance("SHA-256");
    HttpClient http = HttpClient.newHttpClient();
    JsonNode file;
    try (Simulator simulator = Simulator.start()) {
      HttpResponse<String> start = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/upload/v1beta/files"))
          .header("X-Goog-Upload-Protocol", "resumable").header("X-Goog-Upload-Command", "start")
          .header("X-Goog-Upload-Header-Content-Length", Long.toString(size))
          .header("X-Goog-Upload-Header-Content-Type", "video/mp4")
          .POST(HttpRequest.BodyPublishers.ofString("{\"file\":{\"display_name\":\"large\"}}")).build(),
          HttpResponse.BodyHandlers.ofString());
      String session = start.headers().firstValue("x-goog-upload-url").orElseThrow();
      Random random = new Random(1);
      String answer = null;
      for (long offset = 0; offset < size; offset += CHUNK) {
        long length = Math.min(CHUNK, size - offset);
        InputStream chunk = generated(random, sent, length);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(session))
            .header("X-Goog-Upload-Command", offset + length == size ? "upload, finalize" : "upload")
            .header("X-Goog-Upload-Offset", Long.toString(offset))
            .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> chunk), length)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new IllegalStateException("chunk at " + offset + " answered " + response.statusCode() + ": " + response.body());
        }
        answer = response.body();
      }
      file = JsonMapper.builder().build().readTree(answer).get("file");
    }
    sampler.interrupt();
    boolean same = Base64.getEncoder().encodeToString(sent.digest()).equals(file.get("sha256Hash").asString());
    System.out.println("size=" + file.get("sizeBytes").asString() + " hashMatches=" + same + " peakHeapMiB="
        + peak.get() / (1024 * 1024) + " maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  /** {@code length} seeded random bytes, digested as they are read, never held whole. */
  private static InputStream generated(Random random, MessageDigest digest, long length) {
    return new InputStream() {
      private long left = length;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] buffer, int offset, int count) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(count, left);
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        System.arraycopy(bytes, 0, buffer, offset, n);
        digest.update(bytes);
        left -= n;
        return n;
      }
    };
  }
}
