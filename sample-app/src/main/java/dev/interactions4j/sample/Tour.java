package dev.interactions4j.sample;

import dev.interactions4j.CitationResolver;
import dev.interactions4j.Conversation;
import dev.interactions4j.InteractionStream;
import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Runs every feature built so far, printing what happened. */
final class Tour {
  private final Backend backend;
  private final Demos demos;
  private final String model;
  private final Path outDir;
  private final PrintStream out;
  private final CitationResolver resolver;
  private int section;

  Tour(Backend backend, String model, Path outDir, PrintStream out, CitationResolver resolver) {
    this.backend = backend;
    this.demos = new Demos(backend.client(), model, out);
    this.model = model;
    this.outDir = outDir;
    this.resolver = resolver;
    this.out = out;
  }

  void run() {
    header("One question: create an interaction");
    demos.ask("In one sentence, what does the Interactions API add to Gemini?");

    header("A conversation kept on the server (previous_interaction_id)");
    conversation();

    header("Streaming: deltas printed as they arrive");
    demos.stream("Describe a calm harbour at dawn, with boats, gulls and the first fishermen heading out.");

    header("Structured output: @GeminiOutput record Contact, schema and parser generated at compile time");
    demos.extract("Hi, I'm Grace Hopper from Navy Labs (grace@navy.example), call me on +1 555 0100 about COBOL and compilers, today please.");

    header("Function calling: @GeminiTool TravelTools, calls run in parallel, results sent back");
    demos.tools("What's the weather in Paris, and book a table at Chez Anna for 4 people?");
    out.println("built-in tools and MCP, typed:");
    demos.builtInTools();

    header("A generated service: @GeminiService TravelAgent, implemented at compile time");
    demos.plan("Three days in Kyoto, with temples and food.");
    demos.narrate("the night train from Paris to Vienna");
    out.println("conversation-scoped variant:");
    demos.serviceChat();

    header("Image output: poster, saved as PNG");
    Path poster = outDir.resolve("lighthouse.png");
    demos.poster("a lighthouse on a cliff at sunset", poster);

    header("Multimodal input: describe the poster");
    demos.describe(poster, "What is in this picture?");

    header("Large media through the Files API: the poster uploaded (resumable protocol), then described by URI");
    demos.describe(poster, "What is in this file?", true);

    header("A background research agent, polled with progress, its sources resolved, the report saved three ways");
    demos.research("tidal energy", outDir.resolve("tidal-energy-report.md"), resolver);

    backend.simulator().ifPresent(this::resilience);
    out.println();
    out.println("Tour done.");
  }

  private void conversation() {
    Conversation chat = backend.client().conversation(model);
    backend.simulator().ifPresent(Simulator::clearRequests);
    for (String line : List.of("Hi, my name is Ada.", "My favourite language is Java.", "What is my name?",
        "What is my favourite language?")) {
      out.println("you>   " + line);
      demos.chatTurn(chat, line);
    }
    out.println("total: " + Demos.tokens(chat.totalUsage()));
    backend.simulator().ifPresent(simulator -> {
      List<String> sizes = simulator.requests().stream().map(RecordedRequest::body).map(body -> body.length + " B").toList();
      out.println("request bytes per turn: " + String.join(", ", sizes) + " (only the new input travels)");
    });
  }

  private void resilience(Simulator simulator) {
    header("Resilience (simulator faults): retries and a resumed stream");
    simulator.faults().failNext(2, 503);
    simulator.clearRequests();
    Interaction answer = backend.client().create(InteractionRequest.model(model).input("Are you there?").build());
    out.println("2 × 503 injected; the call took " + simulator.requests().size() + " attempts and answered: " + answer.text());

    int createdBefore = simulator.interactionsCreated();
    simulator.faults().dropStreamAfter(5, 1);
    try (InteractionStream stream = backend.client().stream(InteractionRequest.model(model)
        .input("Tell me about resumable streams in three short sentences, please.").build())) {
      String text = stream.result().text();
      out.println("stream cut after 5 events, resumed with last_event_id: " + text.length() + " characters, "
          + (simulator.interactionsCreated() - createdBefore) + " interaction created");
    } finally {
      simulator.faults().reset();
    }
  }

  private void header(String title) {
    out.println();
    out.println("== " + (++section) + ". " + title);
  }
}
