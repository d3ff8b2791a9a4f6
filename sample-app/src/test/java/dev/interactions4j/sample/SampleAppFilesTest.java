package dev.interactions4j.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.GeminiClient;
import dev.interactions4j.files.GeminiFile;
import dev.interactions4j.files.UploadOptions;
import dev.interactions4j.simulator.Simulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's Files API commands: describe with an upload, files list, files delete. */
class SampleAppFilesTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir Path dir;

  private record Run(int exitCode, String output) {}

  private Run run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int code = SampleApp.run(args, new ByteArrayInputStream(new byte[0]), out, name -> null);
    return new Run(code, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void describeWithUpload_showsProgressWaitsForActive_andAsksAboutTheFile() throws Exception {
    Path photo = file("harbour.png", 300_000, PNG);

    Run run = run("describe", photo.toString(), "Which harbour is this?", "--upload");

    assertEquals(0, run.exitCode(), run.output());
    List<String> lines = run.output().lines().toList();
    assertEquals("uploading harbour.png (image/png, 300,000 bytes)", lines.get(1));
    assertEquals("upload: 0% (0 bytes of 300,000 bytes)", lines.get(2));
    assertEquals("upload: 100% (300,000 bytes of 300,000 bytes)", lines.get(3));
    assertTrue(lines.get(4).matches("uploaded files/\\S+, PROCESSING"), lines.get(4));
    assertTrue(lines.get(5).matches("files/\\S+ is ACTIVE: http://127\\.0\\.0\\.1:\\d+/v1beta/files/\\S+"), lines.get(5));
    assertTrue(lines.get(6).startsWith("model> I see an image \"harbour.png\" (files/"), lines.get(6));
    assertTrue(lines.get(6).contains("image/png, 300,000 bytes)"), lines.get(6));
  }

  @Test
  void describe_uploadsAFileAboveTheInlineLimit_andSendsASmallOneInline() throws Exception {
    Path video = file("lecture.mp4", 15_000_001, new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'});
    Path photo = file("small.png", 1000, PNG);

    Run large = run("describe", video.toString(), "What is the lecture about?");
    Run small = run("describe", photo.toString());

    assertEquals(0, large.exitCode(), large.output());
    assertTrue(large.output().contains("uploading lecture.mp4 (video/mp4, 15,000,001 bytes)"), large.output());
    assertTrue(large.output().contains("upload: 55% (8,388,608 bytes of 15,000,001 bytes)"), large.output());
    assertTrue(large.output().contains("model> I see a video \"lecture.mp4\""), large.output());
    assertEquals(0, small.exitCode(), small.output());
    assertFalse(small.output().contains("uploading"), small.output());
    assertTrue(small.output().contains("model> I see an image (image/png, 1,000 bytes)"), small.output());
  }

  @Test
  void filesList_andFilesDelete_showAndRemoveTheProjectsFiles() throws Exception {
    try (Simulator simulator = Simulator.start();
        GeminiClient client = GeminiClient.builder().baseUrl(simulator.baseUrl()).build()) {
      GeminiFile notes = client.files().upload(file("notes.pdf", 2048, "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)),
          UploadOptions.defaults().withDisplayName("Week 1 notes"));

      Run list = run("--base-url", simulator.baseUrl(), "files", "list");
      assertEquals(0, list.exitCode(), list.output());
      assertEquals(List.of(notes.name() + "  application/pdf  2,048 bytes  ACTIVE  Week 1 notes", "1 file"),
          list.output().lines().toList());

      Run delete = run("--base-url", simulator.baseUrl(), "files", "delete", notes.name());
      assertEquals(0, delete.exitCode(), delete.output());
      assertEquals("deleted " + notes.name(), delete.output().strip());
      assertEquals(0, simulator.fileCount());
      assertEquals("0 files", run("--base-url", simulator.baseUrl(), "files", "list").output().strip());

      Run again = run("--base-url", simulator.baseUrl(), "files", "delete", notes.name());
      assertEquals(3, again.exitCode(), again.output());
      assertTrue(again.output().startsWith("error: HTTP 403 PERMISSION_DENIED"), again.output());
    }
  }

  @Test
  void help_listsTheFilesCommands_andTheUploadOption() {
    String help = run("--help").output();
    assertTrue(help.contains("files") && help.contains("The project's files in the Files API"), help);
    String files = run("files", "--help").output();
    assertTrue(files.contains("list") && files.contains("delete"), files);
    assertTrue(run("describe", "--help").output().contains("--upload"), "describe --help");
    Run bare = run("files");
    assertEquals(2, bare.exitCode(), bare.output());
  }

  private Path file(String name, int size, byte[] head) throws Exception {
    byte[] bytes = new byte[size];
    System.arraycopy(head, 0, bytes, 0, head.length);
    return Files.write(dir.resolve(name), bytes);
  }
}
