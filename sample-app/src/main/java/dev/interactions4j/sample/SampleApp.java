package dev.interactions4j.sample;

import dev.interactions4j.ApiVersion;
import dev.interactions4j.Conversation;
import dev.interactions4j.GeminiException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import dev.interactions4j.CitationResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The interactions4j sample app: every feature from the command line. Without {@code
 * GOOGLE_API_KEY} or {@code GEMINI_API_KEY} it runs against an embedded simulator.
 */
@Command(name = "interactions4j-sample-app", mixinStandardHelpOptions = true, version = "interactions4j 0.1.0",
    subcommands = SampleApp.FilesCommand.class,
    description = "Shows interactions4j: conversations, streaming, structured output, agents. Without GOOGLE_API_KEY or GEMINI_API_KEY it uses an embedded simulator.")
public final class SampleApp {
  @Option(names = "--base-url", description = "Base URL replacing the host of either endpoint (default: Google, or the "
      + "embedded simulator without a key)")
  String baseUrl;

  @Option(names = "--vertex-project", paramLabel = "P", description = "Use the Agent Platform (Vertex AI) endpoint of this "
      + "project, with Application Default Credentials (or GOOGLE_GENAI_ACCESS_TOKEN)")
  String vertexProject;

  @Option(names = "--vertex-location", paramLabel = "L", defaultValue = "global",
      description = "Agent Platform location, e.g. us-central1 (default: ${DEFAULT-VALUE})")
  String vertexLocation;

  @Option(names = "--api-version", paramLabel = "V", converter = ApiVersionConverter.class, description = "API version of"
      + " every call: v1 or v1beta (Agent Platform: v1 or v1beta1); default v1beta (Agent Platform: v1beta1)")
  ApiVersion apiVersion;

  /** Reads {@code --api-version}; a malformed one is a usage error naming the shape expected. */
  static final class ApiVersionConverter implements CommandLine.ITypeConverter<ApiVersion> {
    @Override
    public ApiVersion convert(String value) {
      return ApiVersion.of(value);
    }
  }

  @Option(names = "--model", defaultValue = "gemini-3-flash-preview", description = "Model (default: ${DEFAULT-VALUE})")
  String model;

  @Option(names = "--out", defaultValue = "interactions4j-out", description = "Folder for images and reports (default: ${DEFAULT-VALUE})")
  Path outDir;

  @Option(names = "--redirect-host", paramLabel = "HOST[:PORT]", description = "One more host whose citation links are "
      + "redirects to resolve (repeatable); Google's vertexaisearch.cloud.google.com and the embedded simulator's are always resolved")
  List<String> redirectHosts = new ArrayList<>();

  private final InputStream in;
  private final PrintStream out;
  private final Function<String, String> environment;

  SampleApp(InputStream in, PrintStream out, Function<String, String> environment) {
    this.in = in;
    this.out = out;
    this.environment = environment;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.getenv()::get));
  }

  /** Runs the app; returns the exit code. */
  static int run(String[] args, InputStream in, PrintStream out, Function<String, String> environment) {
    CommandLine commandLine = new CommandLine(new SampleApp(in, out, environment));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setParameterExceptionHandler((failure, arguments) -> {
      out.println("error: " + failure.getMessage() + " (see --help)");
      return 2;
    });
    commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
      out.println("error: " + oneLine(failure));
      return failure instanceof GeminiException ? 3 : 1;
    });
    return commandLine.execute(args);
  }

  @Command(name = "ask", description = "Asks one question.")
  int ask(@Parameters(paramLabel = "QUESTION") String question) {
    try (Backend backend = backend()) {
      demos(backend).ask(question);
    }
    return 0;
  }

  @Command(name = "chat", description = "Chats line by line from standard input; the history stays on the server.")
  int chat() {
    try (Backend backend = backend()) {
      Conversation chat = backend.client().conversation(model);
      Demos demos = demos(backend);
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      out.println("Type a message per line; an empty line or end of input ends the chat.");
      for (String line = lines.readLine(); line != null && !line.isBlank(); line = lines.readLine()) {
        demos.chatTurn(chat, line);
      }
      out.println("total: " + Demos.tokens(chat.totalUsage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  @Command(name = "stream", description = "Streams an answer, printing text as it arrives.")
  int stream(@Parameters(paramLabel = "PROMPT") String prompt) {
    try (Backend backend = backend()) {
      demos(backend).stream(prompt);
    }
    return 0;
  }

  @Command(name = "extract", description = "Turns free text into a Contact record (structured output).")
  int extract(@Parameters(paramLabel = "TEXT") String text) {
    try (Backend backend = backend()) {
      demos(backend).extract(text);
    }
    return 0;
  }

  @Command(name = "research", mixinStandardHelpOptions = true, description = {"Runs a deep-research agent in the background, shows its progress, resolves "
      + "the redirect links its citations carry to the cited pages (one request each, no credentials, only the Location read) "
      + "and writes its report with numbered sources as TOPIC.md, TOPIC.html and TOPIC.json in the --out folder."})
  int research(@Parameters(paramLabel = "TOPIC") String topic,
      @Option(names = "--no-resolve", description = "Keep the citation links as the API gave them (redirect links expire)") boolean noResolve,
      @Option(names = "--webhook-port", paramLabel = "N", description = "Wait for the end on a webhook at 127.0.0.1:N "
          + "(0: any free port) instead of polling; the delivery's JWT is verified, and a refused one falls back to polling")
      Integer webhookPort,
      @Option(names = "--webhook-url", paramLabel = "URL", description = "The public URL that reaches --webhook-port "
          + "(a tunnel), when the API is not on this machine") String webhookUrl,
      @Option(names = "--webhook-audience", paramLabel = "AUD", description = "The JWT audience to require (default: the "
          + "embedded simulator's; Google does not document its own)") String webhookAudience) {
    try (Backend backend = backend()) {
      Path report = outDir.resolve(topic.replaceAll("[^A-Za-z0-9]+", "-") + ".md");
      CitationResolver resolver = noResolve ? null : backend.citationResolver(redirectHosts);
      if (webhookPort == null) {
        demos(backend).research(topic, report, resolver);
      } else {
        try (WebhookWait webhook = WebhookWait.listen(webhookPort, webhookUrl, backend.webhookVerifier(webhookAudience), out)) {
          demos(backend).research(topic, report, resolver, webhook);
        }
      }
    }
    return 0;
  }

  @Command(name = "poster", aliases = "image", description = "Asks the travel agent for a poster and saves it as PNG.")
  int poster(@Parameters(paramLabel = "SUBJECT") String subject) {
    try (Backend backend = backend()) {
      demos(backend).poster(subject, outDir.resolve(subject.replaceAll("[^A-Za-z0-9]+", "-") + ".png"));
    }
    return 0;
  }

  @Command(name = "describe", mixinStandardHelpOptions = true, description = {"Asks the travel agent about a file: a picture, a recording, a video or a "
      + "document (PDF, text). A file above the inline limit (15 MB) is uploaded with the Files API first, its progress "
      + "shown, and sent by URI once ACTIVE; smaller ones go inline."})
  int describe(@Parameters(index = "0", paramLabel = "FILE") Path file,
      @Parameters(index = "1", arity = "0..1", paramLabel = "QUESTION", defaultValue = "What is in this picture?") String question,
      @Option(names = "--upload", description = "Upload the file with the Files API whatever its size") boolean upload) {
    try (Backend backend = backend()) {
      demos(backend).describe(file, question, upload);
    }
    return 0;
  }

  /** {@code files list} and {@code files delete NAME}: the project's files in the Files API. */
  @Command(name = "files", mixinStandardHelpOptions = true,
      description = "The project's files in the Files API (uploaded files last 48 hours): list, delete.")
  static final class FilesCommand {
    @CommandLine.ParentCommand SampleApp app;

    @Command(name = "list", description = "Lists the project's files: name, MIME type, size, state, display name.")
    int list() {
      try (Backend backend = app.backend()) {
        new FileDemos(backend.client(), app.out).list();
      }
      return 0;
    }

    @Command(name = "delete", description = "Deletes a file by its name (files/ID or ID).")
    int delete(@Parameters(paramLabel = "NAME") String name) {
      try (Backend backend = app.backend()) {
        new FileDemos(backend.client(), app.out).delete(name);
      }
      return 0;
    }
  }

  @Command(name = "plan", description = "Asks the travel agent for a trip plan (structured output through a generated service).")
  int plan(@Parameters(paramLabel = "REQUEST", defaultValue = "Three days in Kyoto, with temples and food.") String request) {
    try (Backend backend = backend()) {
      demos(backend).plan(request);
    }
    return 0;
  }

  @Command(name = "tools", description = "Runs a prompt with local @GeminiTool travel tools in the function-calling loop.")
  int tools(@Parameters(paramLabel = "PROMPT", defaultValue = "What's the weather in Paris, and book a table at Chez Anna for 4 people?") String prompt) {
    try (Backend backend = backend()) {
      Demos demos = demos(backend);
      demos.tools(prompt);
      out.println("built-in tools and a remote MCP server are typed values too:");
      demos.builtInTools();
    }
    return 0;
  }

  @Command(name = "tour", description = "Runs every feature and prints what happened.")
  int tour() {
    try (Backend backend = backend()) {
      new Tour(backend, model, outDir, out, backend.citationResolver(redirectHosts)).run();
    }
    return 0;
  }

  /** A failure as the one line a user of the app can act on: a missing file is named as such. */
  static String oneLine(Exception failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof NoSuchFileException missing) {
        return "no such file: " + missing.getFile();
      }
      if (cause instanceof AccessDeniedException denied) {
        return "cannot read " + denied.getFile() + ": permission denied";
      }
    }
    String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  private Backend backend() {
    return vertexProject != null ? Backend.agentPlatform(vertexProject, vertexLocation, baseUrl, apiVersion, environment)
        : Backend.open(baseUrl, apiVersion, environment, out);
  }

  private Demos demos(Backend backend) {
    return new Demos(backend.client(), model, out);
  }
}
