package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.SimulatorExtension;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upload holds at most one chunk of heap whatever its size: a client with a 16 MiB heap uploads
 * 64 MiB from a file and from a stream, in 4 MiB chunks.
 */
class FileUploadMemoryTest {
  private static final long MIB = 1024 * 1024;

  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();

  @TempDir Path dir;

  @Test
  void aFileFourTimesTheHeap_isUploadedByAClientWhoseHeapCannotHoldIt() throws Exception {
    Path big = dir.resolve("big.mp4");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(64 * MIB); // sparse: costs no disk until the simulator stores what it receives
      file.seek(32 * MIB);
      file.write("the middle".getBytes(StandardCharsets.US_ASCII));
    }
    Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx16m", "-cp", System.getProperty("java.class.path"), UploadProbe.class.getName(),
        SIMULATOR.simulator().baseUrl(), big.toString(), Long.toString(4 * MIB))
        .redirectErrorStream(true).start();
    assertTrue(probe.waitFor(120, TimeUnit.SECONDS), "the probe finished");
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(0, probe.exitValue(), output);
    for (String from : new String[] {"a file", "a stream"}) {
      Matcher line = Pattern.compile("uploaded (\\d+) bytes from " + from + " as files/\\S+; max heap (\\d+) MiB").matcher(output);
      assertTrue(line.find(), output);
      assertEquals(64 * MIB, Long.parseLong(line.group(1)));
      assertTrue(Long.parseLong(line.group(2)) <= 16, output);
    }
    assertEquals(2, SIMULATOR.simulator().fileCount());
  }
}
