package dev.interactions4j.benchmarks;

import dev.interactions4j.GeminiClient;
import dev.interactions4j.files.GeminiFile;
import dev.interactions4j.files.UploadOptions;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap an upload uses: uploads the file {@code args[0]} with the Files API to the client's
 * base URL ({@code GEMINI_BASE_URL}: a running simulator), from the file and then from a stream
 * of it, in the default 8 MiB chunks, while a thread samples the heap in use every 5 ms. Prints
 * one line per upload: bytes, seconds, the JVM's max heap, the peak heap in use, the heap in use
 * after a full GC, and the collections. Run by {@code benchmarks/upload-heap.sh} in a JVM whose
 * heap is a quarter of the file.
 */
public final class UploadHeap {
  private static final long MIB = 1024 * 1024;

  private UploadHeap() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    try (GeminiClient client = GeminiClient.builder().build()) {
      run("file", () -> client.files().upload(file, UploadOptions.defaults().withMimeType("video/mp4")));
      run("stream", () -> {
        try (InputStream in = Files.newInputStream(file)) {
          return client.files().upload(in, Files.size(file), UploadOptions.defaults().withMimeType("video/mp4"));
        }
      });
    }
  }

  private interface Upload {
    GeminiFile run() throws Exception;
  }

  private static void run(String from, Upload upload) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    AtomicLong peak = new AtomicLong();
    long collections = collections();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    GeminiFile file = upload.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    sampler.join();
    System.gc();
    System.out.printf(Locale.ROOT, "from a %s: %d bytes uploaded in %.1f s; max heap %d MiB; heap in use at most %d MiB"
        + " (sampled every 5 ms), %d MiB after a full GC; %d collections%n", from, file.sizeBytes(), seconds,
        Runtime.getRuntime().maxMemory() / MIB, peak.get() / MIB, memory.getHeapMemoryUsage().getUsed() / MIB,
        collections() - collections);
  }

  private static long collections() {
    long count = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, collector.getCollectionCount());
    }
    return count;
  }
}
