package dev.interactions4j.sample;

import dev.interactions4j.BackgroundTask;
import dev.interactions4j.Conversation;
import dev.interactions4j.GeminiClient;
import dev.interactions4j.InteractionStream;
import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Delta;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.StreamEvent;
import dev.interactions4j.wire.TextAnnotation;
import dev.interactions4j.tools.ToolLoop;
import dev.interactions4j.tools.ToolRun;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.Tool;
import dev.interactions4j.wire.Usage;
import dev.interactions4j.wire.WireJson;
import java.util.Map;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** The features the app shows, one method each; the commands and the tour call them. */
final class Demos {
  static final String AGENT = "deep-research-pro-preview-12-2025";
  static final String IMAGE_MODEL = "gemini-2.5-flash-image";

  private final GeminiClient client;
  private final String model;
  private final PrintStream out;

  Demos(GeminiClient client, String model, PrintStream out) {
    this.client = client;
    this.model = model;
    this.out = out;
  }

  Interaction ask(String question) {
    Interaction answer = client.create(InteractionRequest.model(model).input(question).build());
    out.println(answer.text());
    out.println(tokens(answer.usage()));
    return answer;
  }

  /** One chat turn, printed with its usage and the bytes it sent. */
  Interaction chatTurn(Conversation chat, String line) {
    Interaction answer = chat.send(line);
    out.println("model> " + answer.text());
    out.println("       " + tokens(answer.usage()));
    return answer;
  }

  Contact extract(String text) {
    Contact contact = client.generate(model, "Extract the contact details from this text: " + text, ContactSchema.TYPE);
    out.println(contact);
    out.println("as JSON: " + ContactSchema.TYPE.write(contact));
    return contact;
  }

  Interaction stream(String prompt) {
    try (InteractionStream stream = client.stream(InteractionRequest.model(model).input(prompt).build())) {
      stream.forEachRemaining(event -> {
        if (event instanceof StreamEvent.StepDelta delta && delta.delta() instanceof Delta.Text text) {
          out.print(text.text());
          out.flush();
        }
      });
      out.println();
      return stream.result();
    }
  }

  Interaction research(String topic, Path report) {
    BackgroundTask<Interaction> task = client.startBackground(InteractionRequest.agent(AGENT).input(topic).build());
    out.println("research started: " + task.id());
    Interaction done = task.await(Duration.ofMinutes(30), progress -> out.printf("  … %s after %.1f s%n",
        progress.status(), progress.elapsed().toMillis() / 1000.0));
    Content.Text text = (Content.Text) done.lastModelOutput().orElseThrow().content().get(0);
    StringBuilder markdown = new StringBuilder(text.text()).append("\n## Sources\n\n");
    int number = 1;
    for (TextAnnotation annotation : text.annotations()) {
      if (annotation instanceof TextAnnotation.UrlCitation citation) {
        markdown.append(number++).append(". [").append(citation.title()).append("](").append(citation.url())
            .append(") (cited at characters ").append(citation.startIndex()).append('–').append(citation.endIndex()).append(")\n");
      }
    }
    write(report, markdown.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    out.println("report: " + report + " (" + text.annotations().size() + " sources)");
    return done;
  }

  Path image(String subject, Path file) {
    Interaction answer = client.create(InteractionRequest.model(IMAGE_MODEL).input(subject)
        .responseModalities("text", "image").build());
    List<Content.Image> images = answer.outputs(Content.Image.class);
    if (images.isEmpty()) {
      throw new IllegalStateException("The model answered without an image: " + answer.text());
    }
    write(file, images.get(0).data().bytes());
    out.println("image: " + file + " (" + images.get(0).mimeType() + ")");
    return file;
  }

  /** Runs a prompt with the local travel tools in the function-calling loop. */
  ToolRun tools(String prompt) {
    LocalTravelTools local = new LocalTravelTools();
    ToolRun run = ToolLoop.builder(client, TravelToolsFunctions.bind(local)).build()
        .run(InteractionRequest.model(model).input(prompt).build());
    for (int i = 0; i < run.calls().size(); i++) {
      Step.FunctionCall call = run.calls().get(i);
      out.println("  call   " + call.name() + call.arguments());
      out.println("  result " + run.results().get(i).result() + (Boolean.TRUE.equals(run.results().get(i).isError()) ? " (error)" : ""));
    }
    out.println("ran " + local.calls().size() + " local calls in " + run.rounds() + " round(s)");
    out.println("model> " + run.text());
    return run;
  }

  /** Built-in tools and a remote MCP server, as the request carries them (header values redacted). */
  void builtInTools() {
    InteractionRequest request = InteractionRequest.model(model).input("What changed in Java 25?")
        .tool(Tool.googleSearch()).tool(Tool.codeExecution()).tool(Tool.urlContext())
        .tool(new Tool.McpServer("docs", "https://mcp.example.com/mcp", Map.of("Authorization", "Bearer <token>"),
            List.of(new Tool.AllowedTools("auto", List.of("search_docs")))))
        .build();
    request.tools().forEach(tool -> out.println("  " + tool));
    out.println("  on the wire: " + new String(WireJson.write(request), java.nio.charset.StandardCharsets.UTF_8)
        .replace("Bearer <token>", "<redacted>"));
  }

  static String tokens(Usage usage) {
    return "[tokens in " + usage.totalInputTokens() + " · out " + usage.totalOutputTokens()
        + " · cached " + usage.totalCachedTokens() + "]";
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
