package dev.interactions4j;

import dev.interactions4j.wire.Interaction;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * A handle on an interaction running in the background (an agent, or a model call with {@code
 * background: true}). Its id is known at once; {@link #await} polls until the interaction ends
 * and gives its result as a {@code T}. After a restart, {@link
 * GeminiClient#resumeBackground(String)} rebuilds the handle from the id ({@link #map} types it
 * again).
 *
 * @param <T> the result: the {@link Interaction} itself, or what {@link #map} makes of it
 */
public final class BackgroundTask<T> {
  private final GeminiClient client;
  private final String id;
  private final PollingPolicy polling;
  private final Function<Interaction, ? extends T> result;
  private volatile Interaction last;

  private BackgroundTask(GeminiClient client, String id, PollingPolicy polling, Function<Interaction, ? extends T> result,
      Interaction last) {
    this.client = client;
    this.id = id;
    this.polling = polling;
    this.result = result;
    this.last = last;
  }

  static BackgroundTask<Interaction> of(GeminiClient client, Interaction started, PollingPolicy polling) {
    String id = Objects.requireNonNull(started.id(), "a background interaction must have an id");
    return new BackgroundTask<>(client, id, polling, Function.identity(), started);
  }

  /**
   * The same task, its result turned into an {@code R} by {@code mapping} (for example {@code
   * Report::from}); the mapping runs on the ended interaction.
   */
  public <R> BackgroundTask<R> map(Function<? super T, ? extends R> mapping) {
    return new BackgroundTask<R>(client, id, polling, result.andThen(mapping), last);
  }

  /** The interaction id: keep it to resume awaiting later. */
  public String id() {
    return id;
  }

  /** The interaction as last seen (at start, or at the last poll). */
  public Interaction lastSeen() {
    return last;
  }

  /** Fetches the interaction's current state. */
  public Interaction poll() {
    last = client.get(id);
    return last;
  }

  /**
   * Attaches to the interaction's stream: its steps and deltas so far, then the rest as it runs,
   * until it ends ({@link GeminiClient#attach(String)}). Close the stream to detach; the
   * interaction runs on.
   */
  public InteractionStream stream() {
    return client.attach(id);
  }

  /** Attaches to the interaction's stream after the event {@code lastEventId}, as a resumed client would. */
  public InteractionStream stream(String lastEventId) {
    return client.attach(id, lastEventId);
  }

  /** Asks the server to cancel it; returns the cancelled interaction. */
  public Interaction cancel() {
    last = client.cancel(id);
    return last;
  }

  /** Waits until the interaction ends or {@code deadline} passes, and gives its result. */
  public T await(Duration deadline) {
    return await(deadline, ProgressListener.none());
  }

  /**
   * Polls until the interaction reaches a terminal status (or {@code requires_action}) and gives
   * its result, telling {@code listener} after each poll.
   *
   * @throws GeminiTimeoutException when {@code deadline} passes first; the interaction goes on
   *     on the server, and can be awaited again from {@link #id()}
   * @throws InteractionFailedException from a typed result ({@link #map}) when the interaction
   *     ended without completing
   */
  public T await(Duration deadline, ProgressListener listener) {
    return result.apply(awaitEnd(deadline, listener));
  }

  /** Polls until the interaction ends and returns it, whatever its status. */
  public Interaction awaitInteraction(Duration deadline, ProgressListener listener) {
    return awaitEnd(deadline, listener);
  }

  private Interaction awaitEnd(Duration deadline, ProgressListener listener) {
    long start = System.nanoTime();
    Duration wait = polling.initialInterval();
    for (int polls = 1; ; polls++) {
      Interaction current = poll();
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      listener.onProgress(new ProgressListener.Progress(id, current.status(), elapsed, polls));
      if (current.status() == null || !current.status().isRunning()) {
        return current;
      }
      Duration remaining = deadline.minus(elapsed);
      if (remaining.isNegative() || remaining.isZero()) {
        throw new GeminiTimeoutException("Interaction " + id + " was still " + current.status()
            + " after " + deadline + "; it goes on on the server: await it again from its id", id, null);
      }
      HttpTransport.sleep(wait.compareTo(remaining) < 0 ? wait : remaining, id);
      wait = polling.next(wait);
    }
  }

  @Override
  public String toString() {
    return "BackgroundTask[id=" + id + ", status=" + last.status() + "]";
  }
}
