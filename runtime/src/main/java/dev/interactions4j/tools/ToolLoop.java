package dev.interactions4j.tools;

import dev.interactions4j.GeminiClient;
import dev.interactions4j.InteractionStream;
import dev.interactions4j.wire.Input;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The function-calling loop: while the model answers {@code requires_action}, run every call (in
 * parallel on the executor, at most {@code parallelism} at a time, each within {@code
 * callTimeout}), send all results in one follow-up interaction with {@code
 * previous_interaction_id}, and repeat until the status is terminal, for at most {@code
 * maxRounds} rounds. With {@code store: false} the answers have no id to chain to, so each round
 * sends the whole history instead: the input, every step the model returned (signatures exactly
 * as they came) and the results so far.
 */
public final class ToolLoop {
  private final GeminiClient client;
  private final ToolSet tools;
  private final int maxRounds;
  private final ToolErrorPolicy errorPolicy;
  private final boolean streaming;
  private final int maxCallsPerRound;
  private final ToolCalls runner;

  private ToolLoop(Builder builder) {
    this.client = builder.client;
    this.tools = builder.tools;
    this.maxRounds = builder.maxRounds;
    this.errorPolicy = builder.errorPolicy;
    this.streaming = builder.streaming;
    this.maxCallsPerRound = builder.maxCallsPerRound;
    this.runner = new ToolCalls(tools, errorPolicy, builder.executor, builder.parallelism, builder.callTimeout);
  }

  /** A loop running {@code tools} through {@code client}. */
  public static Builder builder(GeminiClient client, ToolSet tools) {
    return new Builder(client, tools);
  }

  /** Sends {@code request} with the tool set's declarations added and runs the loop to its end. */
  public ToolRun run(InteractionRequest request) {
    InteractionRequest template = request.toBuilder().tools(tools.declarations()).input((Input) null).build();
    Interaction answer = send(template.toBuilder().input(request.input()).build());
    // Without store, nothing is kept to chain to: every round sends the whole history again.
    List<Step> history = Boolean.FALSE.equals(request.store()) ? new ArrayList<>(Input.toSteps(request.input())) : null;
    List<Step.FunctionCall> calls = new ArrayList<>();
    List<Step.FunctionResult> results = new ArrayList<>();
    Usage usage = answer.usage();
    int rounds = 0;
    while (answer.requiresAction()) {
      if (rounds == maxRounds) {
        throw new ToolLoopException(rounds, answer.id());
      }
      List<Step.FunctionCall> pending = answer.functionCalls();
      if (pending.size() > maxCallsPerRound) {
        throw new ToolLoopException("The model asked for " + pending.size() + " function calls in one round, more than "
            + maxCallsPerRound + "; raise ToolLoop.Builder.maxCallsPerRound if that many are meant", rounds, answer.id());
      }
      List<Step.FunctionResult> answered = runner.run(pending, answer.id());
      calls.addAll(pending);
      results.addAll(answered);
      rounds++;
      InteractionRequest next;
      if (history != null) {
        history.addAll(answer.steps());
        history.addAll(answered);
        next = template.toBuilder().input(Input.steps(List.copyOf(history))).build();
      } else {
        next = template.toBuilder().previousInteractionId(answer.id()).input(Input.steps(List.copyOf(answered))).build();
      }
      answer = send(next);
      usage = usage.plus(answer.usage());
    }
    return new ToolRun(answer, rounds, calls, results, usage);
  }

  private Interaction send(InteractionRequest request) {
    if (!streaming) {
      return client.create(request);
    }
    Interaction streamed;
    try (InteractionStream stream = client.stream(request)) {
      streamed = stream.result();
    }
    // A stream is one hop; the rest of an answer cut by the decode limit comes by creates.
    return streamed.requiresContinuation() && client.autoContinue() ? client.continueAnswer(request, streamed) : streamed;
  }

  /** Builds a {@link ToolLoop}. */
  public static final class Builder {
    private final GeminiClient client;
    private final ToolSet tools;
    private int maxRounds = 10;
    private ToolErrorPolicy errorPolicy = ToolErrorPolicy.SEND_TO_MODEL;
    private boolean streaming;
    private Executor executor;
    private int parallelism = 8;
    private int maxCallsPerRound = 128;
    private Duration callTimeout = Duration.ofMinutes(5);

    private Builder(GeminiClient client, ToolSet tools) {
      this.client = Objects.requireNonNull(client, "client");
      this.tools = Objects.requireNonNull(tools, "tools");
    }

    /** The most rounds of calls before a {@link ToolLoopException}; 10 by default. */
    public Builder maxRounds(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("maxRounds must not be negative");
      }
      maxRounds = value;
      return this;
    }

    /** What a throwing function does; {@link ToolErrorPolicy#SEND_TO_MODEL} by default. */
    public Builder onToolError(ToolErrorPolicy value) {
      errorPolicy = Objects.requireNonNull(value);
      return this;
    }

    /** Whether each interaction of the loop is streamed (and resumed if its stream breaks). */
    public Builder streaming(boolean value) {
      streaming = value;
      return this;
    }

    /** Where calls run; the client's executor by default. */
    public Builder executor(Executor value) {
      executor = Objects.requireNonNull(value);
      return this;
    }

    /**
     * The most function calls run at the same time; 8 by default (calls mostly wait on I/O, and
     * each holds a thread of the executor).
     */
    public Builder parallelism(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1 but is " + value);
      }
      parallelism = value;
      return this;
    }

    /**
     * The most function calls one answer may ask for; more ends the loop with a {@link
     * ToolLoopException} before any runs. 128 by default: models ask for a handful.
     */
    public Builder maxCallsPerRound(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxCallsPerRound must be at least 1 but is " + value);
      }
      maxCallsPerRound = value;
      return this;
    }

    /**
     * How long one function call may run; past it the call is cancelled (its thread interrupted)
     * and, under {@link ToolErrorPolicy#SEND_TO_MODEL}, answered with an error result. 5 minutes by
     * default.
     */
    public Builder callTimeout(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("callTimeout must be positive but is " + value);
      }
      callTimeout = value;
      return this;
    }

    /** The loop. */
    public ToolLoop build() {
      if (executor == null) {
        executor = client.executor();
      }
      return new ToolLoop(this);
    }
  }
}
