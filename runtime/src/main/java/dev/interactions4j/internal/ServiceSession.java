package dev.interactions4j.internal;

import dev.interactions4j.BackgroundTask;
import dev.interactions4j.GeminiClient;
import dev.interactions4j.InteractionFailedException;
import dev.interactions4j.InteractionStream;
import dev.interactions4j.Reply;
import dev.interactions4j.service.GeminiService;
import dev.interactions4j.media.GeneratedAudio;
import dev.interactions4j.media.GeneratedImage;
import dev.interactions4j.media.Media;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import dev.interactions4j.tools.ToolLoop;
import dev.interactions4j.tools.ToolSet;
import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Delta;
import dev.interactions4j.wire.Input;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.StreamEvent;
import dev.interactions4j.wire.Tool;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What a generated {@link GeminiService} implementation calls: one interaction per method call,
 * from a request template (model or agent, system instruction, settings, built-in tools) and the
 * call's input. Runs the function-calling loop when the service has tools, and in a conversation
 * chains every call to the last with {@code previous_interaction_id}. Media past the client's
 * {@link GeminiClient#inlineMediaLimit()} is uploaded with the Files API and sent by URI. Usable
 * by hand too.
 * Thread-safe; a conversation's calls run one at a time.
 */
public final class ServiceSession {
  private final GeminiClient client;
  private final ToolSet tools;
  private final boolean conversation;
  private String lastInteractionId;

  private ServiceSession(GeminiClient client, ToolSet tools, boolean conversation, String lastInteractionId) {
    this.client = Objects.requireNonNull(client, "client");
    this.tools = tools;
    this.conversation = conversation;
    this.lastInteractionId = lastInteractionId;
  }

  /** Each call stands alone. {@code tools} may be null. */
  public static ServiceSession stateless(GeminiClient client, ToolSet tools) {
    return new ServiceSession(client, tools, false, null);
  }

  /** Each call continues the last; {@code resumeFrom} (may be null) is a stored interaction to continue. */
  public static ServiceSession conversation(GeminiClient client, ToolSet tools, String resumeFrom) {
    return new ServiceSession(client, tools, true, resumeFrom);
  }

  /** The id the next call of a conversation continues from; null before the first. */
  public synchronized String lastInteractionId() {
    return lastInteractionId;
  }

  /** The answer, whatever its status. */
  public Interaction interaction(InteractionRequest template, Input input) {
    return send(template.toBuilder().input(input).build());
  }

  /**
   * The answer's text.
   *
   * @throws InteractionFailedException when the interaction did not complete
   */
  public String text(InteractionRequest template, Input input) {
    return textReply(template, input).value();
  }

  /** The answer's text with its interaction. */
  public Reply<String> textReply(InteractionRequest template, Input input) {
    Interaction answer = InteractionFailedException.requireCompleted(interaction(template, input));
    return new Reply<>(answer.text(), answer);
  }

  /**
   * A value of {@code type}: its schema is sent as {@code response_format} and the answer parsed
   * and validated, with the client's repair turns.
   *
   * @throws OutputMismatchException when the answer does not match, after the repair turns
   */
  public <T> Reply<T> structured(InteractionRequest template, Input input, OutputType<T> type) {
    return StructuredAnswers.generate(template.toBuilder().input(input).build(), type, client.repairTurns(), this::send);
  }

  /**
   * The answer's text deltas as they arrive. Close the stream (try-with-resources) or read it to
   * the end; a conversation moves on when it ends. Function tools are not offered to a streamed
   * call (built-in tools are). A stream that stops at the decode limit is continued (unless the
   * client's {@code autoContinue} is off) and the rest of the text comes as one last piece.
   */
  public Stream<String> textStream(InteractionRequest template, Input input) {
    InteractionRequest request = chained(MediaUploads.uploadLarge(client, template.toBuilder().input(input).build()));
    AtomicReference<Interaction> streamed = new AtomicReference<>();
    InteractionStream stream = client.stream(request, hop -> {
      streamed.set(hop);
      remember(hop);
    });
    Stream<String> deltas = stream.events()
        .filter(event -> event instanceof StreamEvent.StepDelta delta && delta.delta() instanceof Delta.Text)
        .map(event -> ((Delta.Text) ((StreamEvent.StepDelta) event).delta()).text());
    // Evaluated only once the deltas have run out, when the streamed hop has ended.
    return Stream.concat(deltas, Stream.of(request).flatMap(sent -> rest(sent, streamed.get())));
  }

  /** What follows a streamed hop: the text of its continuation, if it needs one. */
  private Stream<String> rest(InteractionRequest request, Interaction hop) {
    if (hop == null) {
      return Stream.empty();
    }
    if (!hop.requiresContinuation() || !client.autoContinue()) {
      return Stream.empty();
    }
    Interaction whole = client.continueAnswer(request, hop);
    remember(whole);
    String sent = hop.text();
    String all = whole.text();
    return all.length() > sent.length() && all.startsWith(sent) ? Stream.of(all.substring(sent.length())) : Stream.empty();
  }

  /** An image the model makes ({@code response_modalities} text and image). */
  public Reply<GeneratedImage> image(InteractionRequest template, Input input) {
    Interaction answer = InteractionFailedException.requireCompleted(
        send(template.toBuilder().input(input).responseModalities("text", "image").build()));
    return new Reply<>(GeneratedImage.from(answer), answer);
  }

  /** Audio the model makes ({@code response_modalities} audio). */
  public Reply<GeneratedAudio> audio(InteractionRequest template, Input input) {
    Interaction answer = InteractionFailedException.requireCompleted(
        send(template.toBuilder().input(input).responseModalities("audio").build()));
    return new Reply<>(GeneratedAudio.from(answer), answer);
  }

  /** Starts the call in the background (agents need it); {@code result} types the ended interaction. */
  public <T> BackgroundTask<T> background(InteractionRequest template, Input input, Function<Interaction, T> result) {
    BackgroundTask<Interaction> task = client.startBackground(
        chained(MediaUploads.uploadLarge(client, template.toBuilder().input(input).build())));
    remember(task.lastSeen());
    return task.map(result);
  }

  /** Starts a background call for a value of {@code type}: its schema goes as {@code response_format}. */
  public <T> BackgroundTask<T> background(InteractionRequest template, Input input, OutputType<T> type) {
    return background(template.toBuilder().responseFormat(type.responseFormat()).build(), input, valueOf(type));
  }

  /** A background call started earlier, from its id (after a restart, say). */
  public <T> BackgroundTask<T> resume(String interactionId, Function<Interaction, T> result) {
    return client.resumeBackground(interactionId).map(result);
  }

  /** The text of a completed interaction: a background result. */
  public static String textOf(Interaction interaction) {
    return InteractionFailedException.requireCompleted(interaction).text();
  }

  /** A background result of {@code type}, parsed and validated. */
  public static <T> Function<Interaction, T> valueOf(OutputType<T> type) {
    return interaction -> type.parse(InteractionFailedException.requireCompleted(interaction));
  }

  /**
   * An input of text and media parts in order: {@code String}s become text, {@link Media} and
   * collections of it content; nulls are left out.
   *
   * @throws IllegalArgumentException when nothing is left, or a part is of another type
   */
  public static Input input(Object... parts) {
    List<Content> content = new ArrayList<>();
    for (Object part : parts) {
      add(content, part);
    }
    if (content.isEmpty()) {
      throw new IllegalArgumentException("The input is empty: every prompt and media argument was null");
    }
    if (content.size() == 1 && content.get(0) instanceof Content.Text text) {
      return Input.text(text.text());
    }
    return Input.content(content);
  }

  private static void add(List<Content> content, Object part) {
    if (part == null) {
      return;
    }
    if (part instanceof String text) {
      content.add(Content.text(text));
    } else if (part instanceof Media media) {
      content.add(media.toContent());
    } else if (part instanceof Collection<?> many) {
      many.forEach(item -> add(content, item));
    } else {
      throw new IllegalArgumentException("Not text or media: " + part.getClass().getName());
    }
  }

  /** Built-in tool declarations by name, for generated templates. */
  public static Tool builtIn(GeminiService.BuiltInTool tool) {
    return switch (tool) {
      case GOOGLE_SEARCH -> Tool.googleSearch();
      case CODE_EXECUTION -> Tool.codeExecution();
      case URL_CONTEXT -> Tool.urlContext();
    };
  }

  private Interaction send(InteractionRequest request) {
    // Uploads happen before the conversation's lock: a long upload holds up no other call.
    InteractionRequest uploaded = MediaUploads.uploadLarge(client, request);
    if (!conversation) {
      return sendNow(uploaded);
    }
    synchronized (this) {
      return sendNow(uploaded);
    }
  }

  private Interaction sendNow(InteractionRequest request) {
    InteractionRequest chained = chained(request);
    Interaction answer;
    if (tools != null && chained.agent() == null) {
      answer = ToolLoop.builder(client, tools).build().run(chained).result();
    } else {
      answer = client.create(chained);
    }
    remember(answer);
    return answer;
  }

  private synchronized InteractionRequest chained(InteractionRequest request) {
    if (!conversation || request.previousInteractionId() != null || lastInteractionId == null) {
      return request;
    }
    return request.toBuilder().previousInteractionId(lastInteractionId).build();
  }

  private synchronized void remember(Interaction answer) {
    if (conversation && answer.id() != null && !answer.id().isEmpty()) {
      lastInteractionId = answer.id();
    }
  }

  @Override
  public String toString() {
    return "ServiceSession[" + (conversation ? "conversation, last=" + lastInteractionId : "stateless")
        + ", tools=" + (tools == null ? "none" : tools.names()) + "]";
  }
}
