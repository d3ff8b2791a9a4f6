package dev.interactions4j;

import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.StreamEvent;
import dev.interactions4j.wire.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The events of a streamed interaction, delivered as they arrive. A broken connection is resumed
 * with {@code GET …?stream=true&last_event_id=…} (never a second create), so no event is lost or
 * repeated; without any event id it falls back to fetching the stored interaction, which then
 * arrives whole in a final {@link StreamEvent.Completed}. Close it to release the connection.
 */
public final class InteractionStream implements Iterator<StreamEvent>, AutoCloseable {
  private static final int MAX_RESUMES = 5;
  private static final System.Logger LOG = System.getLogger("dev.interactions4j");

  private final HttpTransport transport;
  private final StreamAccumulator accumulator = new StreamAccumulator();
  private final Consumer<Interaction> onFinish;
  private SseReader reader;
  private StreamEvent pending;
  private String lastEventId;
  private boolean completed;
  private boolean finished;
  private int resumes;

  InteractionStream(HttpTransport transport, Supplier<InputStream> open, Consumer<Interaction> onFinish) {
    this.transport = transport;
    this.onFinish = onFinish;
    this.reader = new SseReader(open.get());
  }

  @Override
  public boolean hasNext() {
    if (pending == null && !finished) {
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
      SseReader.Event raw;
      try {
        raw = reader.next();
      } catch (IOException e) {
        raw = null;
        LOG.log(System.Logger.Level.DEBUG, "Stream of {0} broke: {1}", interactionId(), e.toString());
      }
      if (raw != null && raw.isDone()) {
        return finish();
      }
      if (raw != null) {
        return accept(WireJson.readEvent(raw.event(), raw.data()));
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

  private StreamEvent accept(StreamEvent event) {
    resumes = 0; // progress: only resumes that bring nothing count against the limit
    accumulator.accept(event);
    if (event.eventId() != null && !event.eventId().isEmpty()) {
      lastEventId = event.eventId();
    }
    if (event instanceof StreamEvent.Completed) {
      completed = true;
    }
    if (event instanceof StreamEvent.Error error) {
      closeQuietly();
      finished = true;
      throw new GeminiStreamException("The stream reported an error: " + error.error().code() + " "
          + error.error().message(), interactionId(), accumulator.text(), null);
    }
    return event;
  }

  /** Reconnects; returns an event only when falling back to the stored interaction. */
  private StreamEvent resume() {
    closeQuietly();
    String id = interactionId();
    if (id == null || id.isEmpty() || ++resumes > MAX_RESUMES) {
      finished = true;
      throw new GeminiStreamException(id == null || id.isEmpty()
          ? "The stream broke before it named its interaction; it cannot be resumed"
          : "The stream broke and " + MAX_RESUMES + " resumes in a row brought no event", id, accumulator.text(), null);
    }
    String path = transport.endpoint().interaction(id);
    try {
      if (lastEventId != null) {
        reader = new SseReader(transport.openStream("GET", path + "?stream=true&last_event_id=" + encode(lastEventId), null, id));
        return null;
      }
      Interaction whole = awaitStored(path, id);
      StreamEvent event = accept(new StreamEvent.Completed(null, null, whole));
      finish();
      return event;
    } catch (GeminiException e) {
      finished = true;
      throw new GeminiStreamException("The stream broke and resuming it failed: " + e.getMessage(), id, accumulator.text(), e);
    }
  }

  private Interaction awaitStored(String path, String id) {
    Duration wait = Duration.ofMillis(200);
    for (int poll = 0; ; poll++) {
      Interaction stored = transport.call("GET", path, null, id, GeminiClient.ANSWER);
      if (stored.status() == null || !stored.status().isRunning() || poll >= 50) {
        return stored;
      }
      HttpTransport.sleep(wait, id);
      wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : wait.multipliedBy(2);
    }
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

  /** Releases the connection; a failure to close it is logged, never thrown over a result. */
  @Override
  public void close() {
    finished = true;
    closeQuietly();
  }
}
