package dev.interactions4j;

import dev.interactions4j.wire.Delta;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.StreamEvent;
import dev.interactions4j.wire.WireFormatException;
import dev.interactions4j.wire.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URLEncoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The events of a streamed interaction, delivered as they arrive. A broken or silent connection
 * is resumed with {@code GET …?stream=true&last_event_id=…} (never a second create); an event
 * whose id was already delivered is dropped, whatever the server replays, so no event is lost or
 * repeated. Resumes that bring no new event are spaced by the retry policy's backoff and capped
 * ({@code streamResumeLimit}). Without any event id it falls back to fetching the stored
 * interaction, polled at the client's {@link PollingPolicy} until it stops running, which then
 * arrives whole in a final {@link StreamEvent.Completed}. Close it, from
 * any thread, to release the connection: a read blocked in another thread then ends at once.
 */
public final class InteractionStream implements Iterator<StreamEvent>, AutoCloseable {
  private static final System.Logger LOG = System.getLogger("dev.interactions4j");

  /** Polls of the fallback in {@link #awaitStored} before the last answer is taken as it is. */
  static final int MAX_FALLBACK_POLLS = 50;

  private final HttpTransport transport;
  private final StreamAccumulator accumulator = new StreamAccumulator();
  private final PollingPolicy polling;
  private final Consumer<Interaction> onFinish;
  private final Set<String> delivered = new HashSet<>();
  private volatile SseReader reader;
  private volatile boolean closedByCaller;
  private StreamEvent pending;
  private String lastEventId;
  private boolean completed;
  private boolean finished;
  private boolean progressed;
  private int fruitlessResumes;
  private long textLength;
  private IOException lastBreak;

  InteractionStream(HttpTransport transport, PollingPolicy polling, Supplier<InputStream> open, Consumer<Interaction> onFinish) {
    this.polling = polling;
    this.transport = transport;
    this.onFinish = onFinish;
    this.reader = new SseReader(open.get(), transport.limits().maxEventSize());
  }

  @Override
  public boolean hasNext() {
    if (pending == null && !finished && !closedByCaller) {
      pending = read();
    }
    return pending != null;
  }

  @Override
  public StreamEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException("The stream has ended");
    }
    StreamEvent event = pending;
    pending = null;
    return event;
  }

  /** The events as a sequential {@link Stream}; closing it closes this. */
  public Stream<StreamEvent> events() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /** Reads the remaining events and returns the interaction they built. */
  public Interaction result() {
    while (hasNext()) {
      next();
    }
    return accumulator.result();
  }

  /** The text received so far. */
  public String text() {
    return accumulator.text();
  }

  /** The interaction id, once the stream has named it. */
  public String interactionId() {
    return accumulator.interactionId();
  }

  private StreamEvent read() {
    while (true) {
      SseReader.Event raw = null;
      try {
        raw = reader.next();
      } catch (IOException e) {
        stopOn(e);
        lastBreak = e;
        LOG.log(System.Logger.Level.DEBUG, "Stream of {0} broke: {1}", interactionId(), e.toString());
      }
      if (raw != null && raw.isDone()) {
        return finish();
      }
      if (raw != null) {
        StreamEvent event = parse(raw);
        String id = event.eventId();
        if (id == null || id.isEmpty() || delivered.add(id)) {
          return accept(event);
        }
        continue; // already delivered: a server that replays after a resume
      }
      if (completed) {
        return finish();
      }
      StreamEvent recovered = resume();
      if (recovered != null) {
        return recovered;
      }
    }
  }

  /** Failures that no resume mends: the caller closed the stream, the client closed, an interrupt, an oversized event. */
  private void stopOn(IOException e) {
    if (closedByCaller) {
      throw fail("The stream was closed while it was being read", e);
    }
    try {
      transport.ensureOpen(interactionId());
    } catch (GeminiClosedException closed) {
      finished = true;
      throw closed;
    }
    if (e instanceof InterruptedIOException) {
      Thread.currentThread().interrupt();
      throw fail("Interrupted while reading the stream", e);
    }
    if (e instanceof SseReader.EventTooLargeException) {
      throw fail(e.getMessage(), e);
    }
  }

  private StreamEvent parse(SseReader.Event raw) {
    try {
      if (!raw.utf8()) {
        // As a unary answer with such bytes is refused by its JSON reader: never text with
        // replacement characters standing in for what the model wrote.
        throw new WireFormatException("A stream event holds bytes that are not UTF-8", raw.data(), null, null);
      }
      return WireJson.readEvent(raw.event(), raw.data());
    } catch (WireFormatException e) {
      closeQuietly();
      finished = true;
      throw transport.redactor().scrub(e.withInteractionId(interactionId()));
    }
  }

  private StreamEvent accept(StreamEvent event) {
    progressed = true;
    if (event instanceof StreamEvent.StepDelta delta && delta.delta() instanceof Delta.Text chunk && chunk.text() != null) {
      textLength += chunk.text().length();
      if (textLength > transport.limits().maxTextSize()) {
        throw fail("The streamed text is longer than " + transport.limits().maxTextSize() + " characters (maxTextSize)", null);
      }
    }
    accumulator.accept(event);
    if (event.eventId() != null && !event.eventId().isEmpty()) {
      lastEventId = event.eventId();
    }
    if (event instanceof StreamEvent.Completed) {
      completed = true;
    }
    if (event instanceof StreamEvent.Error error) {
      throw fail("The stream reported an error: " + error.error().code() + " " + error.error().message(), null);
    }
    return event;
  }

  /** Reconnects; returns an event only when falling back to the stored interaction. */
  private StreamEvent resume() {
    closeQuietly();
    String id = interactionId();
    if (id == null || id.isEmpty()) {
      throw fail("The stream broke before it named its interaction; it cannot be resumed", lastBreakAsCause());
    }
    fruitlessResumes = progressed ? 0 : fruitlessResumes + 1;
    progressed = false;
    int limit = transport.limits().streamResumeLimit();
    if (fruitlessResumes >= limit) {
      throw fail("The stream broke and " + limit + " resumes in a row brought no new event", lastBreakAsCause());
    }
    if (fruitlessResumes > 0) {
      transport.pause(transport.nextBackoff(fruitlessResumes), id);
    }
    String path = transport.endpoint().interaction(id);
    try {
      if (lastEventId != null) {
        reader = new SseReader(transport.openStream("GET", path + "?stream=true&last_event_id=" + encode(lastEventId), null, id),
            transport.limits().maxEventSize());
        if (closedByCaller) {
          closeQuietly();
        }
        return null;
      }
      Interaction whole = awaitStored(path, id);
      StreamEvent event = accept(new StreamEvent.Completed(null, null, whole));
      finish();
      return event;
    } catch (GeminiClosedException e) {
      finished = true;
      throw e;
    } catch (GeminiException e) {
      throw fail("The stream broke and resuming it failed: " + e.getMessage(), e);
    }
  }

  /** A silent connection is worth naming as a timeout; other breaks stay as they were. */
  private Throwable lastBreakAsCause() {
    if (lastBreak instanceof HttpTimeoutException timeout) {
      return new GeminiTimeoutException(timeout.getMessage(), interactionId(), timeout);
    }
    return lastBreak;
  }

  /**
   * The stored interaction once it has stopped running, polled at the client's {@link
   * PollingPolicy}: the fallback when a stream broke before any event id to resume from. After
   * {@link #MAX_FALLBACK_POLLS} polls the last answer is taken as it is.
   */
  private Interaction awaitStored(String path, String id) {
    Duration wait = polling.initialInterval();
    for (int poll = 0; ; poll++) {
      Interaction stored = transport.call("GET", path, null, id, transport.answers());
      if (stored.status() == null || !stored.status().isRunning() || poll >= MAX_FALLBACK_POLLS) {
        return stored;
      }
      transport.pause(wait, id);
      wait = polling.next(wait);
    }
  }

  /** Ends the stream with a typed failure carrying the id and the text so far. */
  private GeminiException fail(String message, Throwable cause) {
    closeQuietly();
    finished = true;
    return transport.redactor().scrub(new GeminiStreamException(message, interactionId(), accumulator.text(), cause));
  }

  private StreamEvent finish() {
    if (!finished) {
      finished = true;
      closeQuietly();
      if (onFinish != null) {
        onFinish.accept(accumulator.result());
      }
    }
    return null;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private void closeQuietly() {
    try {
      reader.close();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.TRACE, "Closing a stream failed", e);
    }
  }

  /**
   * Releases the connection; a read blocked in another thread ends at once with a {@link
   * GeminiStreamException}. A failure to close is logged, never thrown over a result.
   */
  @Override
  public void close() {
    closedByCaller = true;
    closeQuietly();
  }
}
