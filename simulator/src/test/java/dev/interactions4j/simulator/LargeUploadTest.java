package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An upload four times larger than the simulator's heap: its bytes go to disk, never into memory. */
@Timeout(120)
class LargeUploadTest {
  private static final int HEAP_MIB = 48;

  @Test
  void anUploadFourTimesTheHeap_isKeptWhole() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-Xmx" + HEAP_MIB + "m", "-cp", System.getProperty("java.class.path"),
        LargeUploadMain.class.getName(), Integer.toString(4 * HEAP_MIB))).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(100, TimeUnit.SECONDS), output);

    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("size=" + 4L * HEAP_MIB * 1024 * 1024 + " hashMatches=true"), output);
    System.out.println("LargeUploadTest: " + output.strip());
  }
}
