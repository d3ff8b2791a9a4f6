package dev.interactions4j.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.Simulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's commands, run in-process against the embedded simulator. */
class SampleAppTest {
  @TempDir Path outDir;

  private record Run(int exitCode, String output) {}

  private Run run(String stdin, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    String[] withOut = new String[args.length + 2];
    withOut[0] = "--out";
    withOut[1] = outDir.toString();
    System.arraycopy(args, 0, withOut, 2, args.length);
    int code = SampleApp.run(withOut, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, name -> null);
    return new Run(code, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void vertexProject_callsTheAgentPlatformPath_atTheBaseUrlsHost() {
    try (Simulator simulator = Simulator.builder().bearerToken("ya29.sample").start()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      int code = SampleApp.run(new String[] {"--vertex-project", "my-project", "--vertex-location", "us-central1",
          "--base-url", simulator.baseUrl(), "ask", "Hello there"}, new ByteArrayInputStream(new byte[0]),
          new PrintStream(bytes, true, StandardCharsets.UTF_8), name -> name.equals("GOOGLE_GENAI_ACCESS_TOKEN") ? "ya29.sample" : null);

      assertEquals(0, code, bytes.toString(StandardCharsets.UTF_8));
      assertEquals("/v1beta1/projects/my-project/locations/us-central1/interactions", simulator.requests().get(0).pathAndQuery());
      assertEquals("Bearer <redacted>", simulator.requests().get(0).header("Authorization"));
    }
  }

  @Test
  void withoutAKey_saysItUsesTheEmbeddedSimulator_inOneLine() {
    Run run = run("", "ask", "Hello there");

    assertEquals(0, run.exitCode());
    String first = run.output().lines().findFirst().orElseThrow();
    assertTrue(first.startsWith("No GOOGLE_API_KEY or GEMINI_API_KEY set: using the embedded Interactions API simulator at http://127.0.0.1:"), first);
    assertTrue(run.output().contains("You said: \"Hello there\""));
  }

  @Test
  void chat_remembersAndShowsTokensPerTurn() {
    Run run = run("my name is Ada\nwhat is my name?\n", "chat");

    assertEquals(0, run.exitCode());
    assertTrue(run.output().contains("model> Your name is Ada."), run.output());
    assertEquals(3, run.output().lines().filter(line -> line.contains("[tokens in ")).count(), run.output());
  }

  @Test
  void extract_turnsFreeTextIntoARecord() {
    Run run = run("", "extract", "Write to Alan Turing at Bletchley Park, alan@bletchley.example, about codes.");

    assertEquals(0, run.exitCode());
    assertTrue(run.output().contains("Contact[name=Alan Turing, company=Bletchley Park, email=alan@bletchley.example"), run.output());
  }

  @Test
  void tour_runsEveryFeature() throws Exception {
    Run run = run("", "tour");

    assertEquals(0, run.exitCode(), run.output());
    for (String expected : new String[] {"== 1. One question", "model> Your name is Ada.", "request bytes per turn:",
        "== 3. Streaming", "Contact[name=Grace Hopper", "call   book{\"restaurant\":\"Chez Anna\"", "ran 2 local calls in 1 round(s)",
        "McpServer[name=docs, url=https://mcp.example.com/mcp, headers={Authorization=<redacted>}", "poster: ", "I see an image (image/png, ", "of 64×64 pixels", "uploading lighthouse.png (image/png", "upload: 100%", " is ACTIVE: ", "Itinerary[city=",
        "model> Your destination is Kyoto.", "research started: v1_", "completed after", "3 sources, 3 citations",
        "2 × 503 injected; the call took 3 attempts", "1 interaction created", "Tour done."}) {
      assertTrue(run.output().contains(expected), "missing '" + expected + "' in:\n" + run.output());
    }
    byte[] png = Files.readAllBytes(outDir.resolve("lighthouse.png"));
    assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
    String report = Files.readString(outDir.resolve("tidal-energy-report.md"));
    assertTrue(report.contains("## Sources\n\n1. [example.org](https://example.org/overview/tidal-energy)\n"), report);
  }

  @Test
  void posterThenDescribe_writeAPngAndReadItBack() throws Exception {
    Run poster = run("", "poster", "a red tram");
    assertEquals(0, poster.exitCode(), poster.output());
    Path png = outDir.resolve("a-red-tram.png");
    assertTrue(poster.output().contains("poster: " + png), poster.output());

    Run describe = run("", "describe", png.toString(), "Which city is this?");

    assertEquals(0, describe.exitCode(), describe.output());
    assertTrue(describe.output().contains("I see an image (image/png, " + String.format(java.util.Locale.ROOT, "%,d", Files.size(png))
        + " bytes) of 64×64 pixels. You asked: \"Which city is this?\""), describe.output());
  }

  @Test
  void describe_refusesAFileTheApiWouldNot() throws Exception {
    Path notes = outDir.resolve("notes.bmp");
    Files.createDirectories(outDir);
    Files.write(notes, new byte[] {'B', 'M', 0, 0});

    Run run = run("", "describe", notes.toString());

    assertEquals(1, run.exitCode(), run.output());
    assertTrue(run.output().contains("Cannot tell the MIME type of " + notes), run.output());
  }

  @Test
  void research_showsProgressAndWritesTheReportWithSources() throws Exception {
    Run run = run("", "research", "solar sails");

    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("(resume it later from this id)") && run.output().contains("in_progress after"), run.output());
    assertTrue(run.output().contains("sources: 3 of 3 resolved to the cited pages"), run.output());
    String report = Files.readString(outDir.resolve("solar-sails.md"));
    assertTrue(report.startsWith("# Research report: solar sails"), report);
    assertTrue(report.contains("[1]") && report.contains("## Sources\n\n1. [example.org](https://example.org/overview/solar-sails)\n"), report);
    String html = Files.readString(outDir.resolve("solar-sails.html"));
    assertTrue(html.contains("<a href=\"https://example.com/research/solar-sails/questions\" rel=\"noopener noreferrer\">example.com</a>"), html);
    String json = Files.readString(outDir.resolve("solar-sails.json"));
    assertTrue(json.contains("\"url\" : \"https://www.example.net/guides/solar-sails\"") && json.contains("\"resolved\" : true"), json);
    assertTrue(run.output().contains("report: " + outDir.resolve("solar-sails.md") + ", " + outDir.resolve("solar-sails.html") + ", "
        + outDir.resolve("solar-sails.json")), run.output());
  }

  @Test
  void research_withAWebhookPort_waitsForTheVerifiedDelivery_insteadOfPolling() throws Exception {
    Run run = run("", "research", "solar sails", "--webhook-port", "0");

    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("waiting for its webhook at http://127.0.0.1:"), run.output());
    assertTrue(run.output().contains("webhook: interaction.completed for v1_"), run.output());
    assertFalse(run.output().contains("polling instead"), run.output());
    assertTrue(Files.readString(outDir.resolve("solar-sails.md")).contains("solar sails"));
  }

  @Test
  void research_withoutResolution_keepsTheRedirectLinks() throws Exception {
    Run run = run("", "research", "--no-resolve", "tides");

    assertEquals(0, run.exitCode(), run.output());
    assertFalse(run.output().contains("resolved to the cited pages"), run.output());
    String report = Files.readString(outDir.resolve("tides.md"));
    assertTrue(report.contains("## Sources\n\n1. [example.org](http://127.0.0.1:") && report.contains("/grounding-api-redirect/AUZIYQ"), report);
  }

  @Test
  void help_documentsTheResearchOptions() {
    Run run = run("", "research", "--help");

    assertTrue(run.output().contains("--no-resolve") && run.output().contains("TOPIC.md, TOPIC.html and TOPIC.json"), run.output());
    assertTrue(run("", "--help").output().contains("--redirect-host=HOST[:PORT]"));
  }

  @Test
  void baseUrl_pointsTheAppElsewhere() {
    try (Simulator simulator = Simulator.start()) {
      Run run = run("", "--base-url", simulator.baseUrl(), "ask", "my name is Lin");

      assertEquals(0, run.exitCode());
      assertFalse(run.output().contains("embedded"));
      assertTrue(run.output().contains("Nice to meet you, Lin!"));
      assertEquals(1, simulator.interactionsCreated());
    }
  }

  @Test
  void failures_areOneLineErrorsWithAnExitCode() {
    Run run = run("", "--base-url", "http://127.0.0.1:1", "ask", "anyone?");

    assertEquals(3, run.exitCode());
    assertTrue(run.output().startsWith("error: POST /v1beta/interactions on 127.0.0.1:1 failed after 5 attempts in "),
        run.output());
    assertEquals(1, run.output().lines().count(), run.output());
  }

  @Test
  void missingImage_isOneLineNamingTheFile() {
    Path missing = outDir.resolve("no-such-photo.png");
    Run run = run("", "describe", missing.toString());

    assertEquals(1, run.exitCode(), run.output());
    assertEquals("error: no such file: " + missing, lastLine(run));
  }

  @Test
  void notAnImage_isOneLineSayingWhatWasExpected() throws Exception {
    Path notes = outDir.resolve("notes");
    Files.createDirectories(outDir);
    Files.writeString(notes, "just some text");
    Run run = run("", "describe", notes.toString());

    assertEquals(1, run.exitCode(), run.output());
    assertTrue(lastLine(run).startsWith("error: Cannot tell the MIME type of " + notes), run.output());
  }

  @Test
  void badFlagOrCommand_isOneLinePointingToHelp() {
    Run flag = run("", "ask", "--frobnicate", "hi");
    assertEquals(2, flag.exitCode());
    assertEquals("error: Unknown option: '--frobnicate' (see --help)", flag.output().strip());

    Run command = run("", "fly");
    assertEquals(2, command.exitCode());
    assertEquals(1, command.output().lines().count(), command.output());
    assertTrue(command.output().startsWith("error: Unmatched argument at index 2: 'fly'"), command.output());
  }

  private static String lastLine(Run run) {
    java.util.List<String> lines = run.output().lines().toList();
    return lines.get(lines.size() - 1);
  }
}
