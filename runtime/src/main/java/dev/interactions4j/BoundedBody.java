package dev.interactions4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An answer's body as an {@link InputStream} whose every read is bounded in time: no byte within
 * the read timeout, or the call's deadline passing, ends the read with an {@link
 * HttpTimeoutException} and cancels the exchange. {@link #abort} (the client or a stream closed,
 * from any thread) ends a blocked read at once; an interrupt ends it as an {@link
 * InterruptedIOException}. The JDK's own {@code ofInputStream} blocks without a bound and its
 * {@code close} waits for the reading thread, which is why this exists.
 */
final class BoundedBody extends InputStream implements HttpResponse.BodySubscriber<InputStream> {
  private static final List<ByteBuffer> END = List.of();

  private final BlockingQueue<List<ByteBuffer>> arrived = new LinkedBlockingQueue<>();
  private final long readTimeoutNanos;
  private final long deadlineNanos;
  private final Set<BoundedBody> open;
  private volatile Flow.Subscription subscription;
  private volatile IOException failure;
  private Iterator<ByteBuffer> buffers = END.iterator();
  private ByteBuffer current;
  private boolean ended;

  /**
   * @param deadlineNanos the {@link System#nanoTime()} after which no read may block, or {@code
   *     Long.MAX_VALUE} for none (streams)
   * @param open the bodies in flight, which {@link #abort} reaches; this one is in it until closed
   */
  BoundedBody(Duration readTimeout, long deadlineNanos, Set<BoundedBody> open) {
    this.readTimeoutNanos = readTimeout.toNanos();
    this.deadlineNanos = deadlineNanos;
    this.open = open;
    open.add(this);
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return CompletableFuture.completedStage(this);
  }

  @Override
  public void onSubscribe(Flow.Subscription value) {
    subscription = value;
    if (failure != null) {
      value.cancel();
    } else {
      value.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    arrived.offer(item);
  }

  @Override
  public void onError(Throwable error) {
    if (failure == null) {
      failure = error instanceof IOException io ? io : new IOException(error);
    }
    arrived.offer(END);
  }

  @Override
  public void onComplete() {
    arrived.offer(END);
  }

  @Override
  public int read() throws IOException {
    ByteBuffer buffer = current();
    return buffer == null ? -1 : buffer.get() & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    ByteBuffer buffer = current();
    if (buffer == null) {
      return -1;
    }
    int count = Math.min(length, buffer.remaining());
    buffer.get(target, offset, count);
    return count;
  }

  @Override
  public int available() {
    return current == null ? 0 : current.remaining();
  }

  /** The buffer to read from, waiting within the bounds for the next; null at the end. */
  private ByteBuffer current() throws IOException {
    while (current == null || !current.hasRemaining()) {
      if (buffers.hasNext()) {
        current = buffers.next();
        continue;
      }
      if (ended) {
        if (failure != null) {
          throw failure;
        }
        return null;
      }
      List<ByteBuffer> next = take();
      if (next == END) {
        ended = true;
        if (failure != null) {
          throw failure;
        }
        return null;
      }
      buffers = next.iterator();
      subscription.request(1);
    }
    return current;
  }

  private List<ByteBuffer> take() throws IOException {
    long untilDeadline = deadlineNanos - System.nanoTime();
    long wait = Math.min(readTimeoutNanos, untilDeadline);
    List<ByteBuffer> next;
    try {
      next = wait <= 0 ? arrived.poll() : arrived.poll(wait, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abort(new InterruptedIOException("Interrupted while reading the answer"));
      throw failure;
    }
    if (next == null) {
      abort(untilDeadline <= readTimeoutNanos
          ? new HttpTimeoutException("The call's deadline passed while its answer was still arriving")
          : new HttpTimeoutException("No byte of the answer arrived for " + Duration.ofNanos(readTimeoutNanos)));
      throw failure;
    }
    return next;
  }

  /**
   * Ends the exchange from any thread: the connection is released and a read blocked now or
   * later throws {@code reason} (the first reason given wins).
   */
  void abort(IOException reason) {
    if (failure == null) {
      failure = reason;
    }
    open.remove(this);
    Flow.Subscription value = subscription;
    if (value != null) {
      value.cancel();
    }
    arrived.offer(END);
  }

  /** Releases the exchange; a body read to its end just leaves the set of open ones. */
  @Override
  public void close() {
    if (ended && failure == null) {
      open.remove(this);
    } else {
      abort(new IOException("The answer's body was closed"));
    }
  }
}
