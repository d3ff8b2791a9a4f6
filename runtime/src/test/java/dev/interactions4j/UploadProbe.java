package dev.interactions4j;

import dev.interactions4j.files.GeminiFile;
import dev.interactions4j.files.UploadOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in a JVM with a small heap by {@link FileUploadMemoryTest}: uploads the file {@code args[1]}
 * to the simulator at {@code args[0]} in chunks of {@code args[2]} bytes, from the file and then
 * from a stream of it, and prints each size and the most heap in use at a chunk's end. It can only
 * succeed if an upload holds at most one chunk at a time: the file is larger than the heap.
 */
public final class UploadProbe {
  private UploadProbe() {}

  public static void main(String[] args) throws java.io.IOException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong mostUsed = new AtomicLong();
    UploadOptions options = UploadOptions.defaults().withMimeType("video/mp4").withChunkSize(Integer.parseInt(args[2]))
        .withListener((sent, total) -> mostUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max));
    Path path = Path.of(args[1]);
    try (GeminiClient client = GeminiClient.builder().apiKey("probe-key").baseUrl(args[0]).build()) {
      GeminiFile fromFile = client.files().upload(path, options);
      print("a file", fromFile, mostUsed);
      mostUsed.set(0);
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(path)) {
        GeminiFile fromStream = client.files().upload(in, java.nio.file.Files.size(path), options);
        print("a stream", fromStream, mostUsed);
      }
    }
  }

  private static void print(String what, GeminiFile file, AtomicLong mostUsed) {
    System.out.println("uploaded " + file.sizeBytes() + " bytes from " + what + " as " + file.name() + "; max heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; at most " + mostUsed.get() / (1024 * 1024)
        + " MiB in use at a chunk's end");
  }
}
