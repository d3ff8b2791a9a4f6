package dev.interactions4j;

import dev.interactions4j.wire.Interaction;
import java.time.Duration;
import java.util.Objects;

/**
 * A handle on an interaction running in the background (an agent, or a model call with {@code
 * background: true}). Its id is known at once; {@link #await} polls until the interaction ends.
 * After a restart, {@link GeminiClient#resumeBackground(String)} rebuilds the handle from the id.
 */
public final class BackgroundTask {
  private final GeminiClient client;
  private final String id;
  private final PollingPolicy polling;
  private volatile Interaction last;

  BackgroundTask(GeminiClient client, Interaction started, PollingPolicy polling) {
    this.client = client;
    this.id = Objects.requireNonNull(started.id(), "a background interaction must have an id");
    this.polling = polling;
    this.last = started;
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

  /** Asks the server to cancel it; returns the cancelled interaction. */
  public Interaction cancel() {
    last = client.cancel(id);
    return last;
  }

  /** Waits until the interaction ends or {@code deadline} passes. */
  public Interaction await(Duration deadline) {
    return await(deadline, ProgressListener.none());
  }

  /**
   * Polls until the interaction reaches a terminal status (or {@code requires_action}) and returns
   * it, telling {@code listener} after each poll.
   *
   * @throws GeminiTimeoutException when {@code deadline} passes first; the interaction goes on
   *     on the server, and can be awaited again from {@link #id()}
   */
  public Interaction await(Duration deadline, ProgressListener listener) {
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
