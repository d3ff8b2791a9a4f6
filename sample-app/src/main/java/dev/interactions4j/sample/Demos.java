package dev.interactions4j.sample;

import dev.interactions4j.BackgroundTask;
import dev.interactions4j.CitationResolver;
import dev.interactions4j.Conversation;
import dev.interactions4j.GeminiClient;
import dev.interactions4j.InteractionStream;
import dev.interactions4j.Reply;
import dev.interactions4j.Report;
import dev.interactions4j.media.GeneratedImage;
import dev.interactions4j.wire.Delta;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.StreamEvent;
import dev.interactions4j.tools.ToolLoop;
import dev.interactions4j.tools.ToolRun;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.Tool;
import dev.interactions4j.wire.Usage;
import dev.interactions4j.wire.WebhookConfig;
import dev.interactions4j.wire.WireJson;
import java.util.Map;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** The features the app shows, one method each; the commands and the tour call them. */
final class Demos {
  static final String AGENT = "deep-research-pro-preview-12-2025";
  static final String IMAGE_MODEL = "gemini-2.5-flash-image";

  private final GeminiClient client;
  private final String model;
  private final PrintStream out;
  private GeminiTravelAgent agent;

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

  /**
   * Background research through the service, with progress; its sources resolved by {@code
   * resolver} (none when null), then saved beside each other as Markdown, HTML and JSON.
   */
  Report research(String topic, Path markdownFile, CitationResolver resolver) {
    BackgroundTask<Report> task = agent().research(topic);
    out.println("research started: " + task.id() + " (resume it later from this id)");
    Report awaited = task.await(Duration.ofMinutes(30), progress -> out.printf("  … %s after %.1f s (%d polls)%n",
        progress.status(), progress.elapsed().toMillis() / 1000.0, progress.polls()));
    return save(awaited, markdownFile, resolver);
  }

  /**
   * The same research, told of its end by a webhook instead of polling ({@code webhook_config}
   * with the waiting port's URI); it polls only when the delivery was refused or never came.
   */
  Report research(String topic, Path markdownFile, CitationResolver resolver, WebhookWait webhook) {
    BackgroundTask<Interaction> task = client.startBackground(InteractionRequest.agent(AGENT).input(topic)
        .webhookConfig(WebhookConfig.of(webhook.uri())).build());
    out.println("research started: " + task.id() + "; waiting for its webhook at " + webhook.uri());
    Interaction done = webhook.await(Duration.ofMinutes(30))
        .filter(event -> task.id().equals(event.interactionId()))
        .map(event -> client.resumeBackground(event).lastSeen())
        .orElseGet(() -> {
          out.println("no verified delivery: polling instead");
          return task.awaitInteraction(Duration.ofMinutes(30), progress -> { });
        });
    return save(Report.from(done), markdownFile, resolver);
  }

  private Report save(Report awaited, Path markdownFile, CitationResolver resolver) {
    Report report = resolver == null ? awaited : awaited.resolveSources(resolver);
    if (resolver != null) {
      out.println("sources: " + report.resolvedCount() + " of " + report.sources().size() + " resolved to the cited pages");
      report.sources().stream().filter(source -> !source.resolved()).forEach(source -> out.println("  [" + source.number()
          + "] kept as a redirect link (it may expire): " + source.link().problem()));
    }
    String base = markdownFile.getFileName().toString().replaceFirst("\\.md$", "");
    List<Path> files = Stream.of(".md", ".html", ".json").map(suffix -> report.saveTo(markdownFile.resolveSibling(base + suffix))).toList();
    out.println("report: " + String.join(", ", files.stream().map(Path::toString).toList()) + " (" + report.markdown().length()
        + " characters, " + report.sources().size() + " sources, " + report.citations().size() + " citations)");
    return report;
  }

  /** A poster through the service, saved as PNG. */
  GeneratedImage poster(String subject, Path file) {
    GeneratedImage poster = agent().poster(subject);
    poster.saveTo(file);
    out.println("poster: " + file + " (" + poster.mimeType() + ", " + poster.data().size() + " bytes)");
    out.println("model> " + poster.caption());
    return poster;
  }

  /** Asks the service about a picture: the file's bytes go in the request, its type read from them. */
  String describe(Path picture, String question) {
    return describe(picture, question, false);
  }

  /** Asks about any media file: inline when small, else (or always with {@code upload}) through the Files API. */
  String describe(Path file, String question, boolean upload) {
    String answer = agent().describe(question, new FileDemos(client, out).media(file, upload));
    out.println("model> " + answer);
    return answer;
  }

  /** A structured plan, then the same from a template with usage. */
  Itinerary plan(String request) {
    Itinerary itinerary = agent().plan(request);
    out.println(itinerary);
    Reply<Itinerary> reply = agent().planWithUsage("Lisbon", 2);
    out.println(reply.value() + "  " + tokens(reply.usage()) + " id " + reply.id());
    return itinerary;
  }

  /** Streams through the service. */
  void narrate(String topic) {
    try (Stream<String> deltas = agent().narrate(topic)) {
      deltas.forEach(text -> {
        out.print(text);
        out.flush();
      });
    }
    out.println();
  }

  /** The conversation-scoped service: each call continues the last. */
  void serviceChat() {
    GeminiTravelAgent chat = GeminiTravelAgent.conversation(client, new LocalTravelTools());
    for (String line : List.of("My destination is Kyoto.", "What is my destination?")) {
      out.println("you>   " + line);
      out.println("model> " + chat.chat(line));
    }
    out.println("last interaction: " + chat.lastInteractionId());
  }

  private GeminiTravelAgent agent() {
    if (agent == null) {
      agent = GeminiTravelAgent.create(client, new LocalTravelTools());
    }
    return agent;
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
}
