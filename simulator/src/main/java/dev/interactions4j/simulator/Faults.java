package dev.interactions4j.simulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;

/**
 * Faults the simulator injects, set per test or from the command line. Rates are drawn from a
 * seeded random source, so a run is repeatable; one-shot faults apply to the next requests in
 * order. Faults never touch the store: a request answered with a fault changes nothing.
 */
public final class Faults {
  /** What to do with one request. */
  sealed interface Action {}

  /** Answer with an error status. */
  record Fail(int status, Duration retryAfter) implements Action {}

  /** Close the connection without any response. */
  record Reset() implements Action {}

  /** Answer with a given raw body. */
  record Respond(int status, String contentType, String body) implements Action {}

  private final long seed;
  private Random random;
  private double rate429;
  private double rate503;
  private Duration retryAfter = Duration.ZERO;
  private Duration latency = Duration.ZERO;
  private Duration eventDelay = Duration.ZERO;
  private int dropStreamAfter = -1;
  private int dropStreamTimes;
  private Duration delayNext = Duration.ZERO;
  private int decodeTokenLimit;
  private int deliverTwice;
  private double redirectExpiryRate;
  private Duration redirectDelay = Duration.ZERO;
  private long uploadCut = -1;
  private int uploadCutTimes;
  private final Deque<String> fileFailures = new ArrayDeque<>();
  private final Deque<Action> next = new ArrayDeque<>();

  Faults(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  /** Answers this fraction of requests with 429 RESOURCE_EXHAUSTED. */
  public synchronized Faults rate429(double rate) {
    this.rate429 = checkRate(rate);
    return this;
  }

  /** Answers this fraction of requests with 503 UNAVAILABLE. */
  public synchronized Faults rate503(double rate) {
    this.rate503 = checkRate(rate);
    return this;
  }

  /** The {@code Retry-After} sent with injected 429s and 503s. */
  public synchronized Faults retryAfter(Duration value) {
    this.retryAfter = value;
    return this;
  }

  /** Latency added before every answer. */
  public synchronized Faults latency(Duration value) {
    this.latency = value;
    return this;
  }

  /** Delay between stream events, so a client can see them arrive one by one. */
  public synchronized Faults eventDelay(Duration value) {
    this.eventDelay = value;
    return this;
  }

  /** Ends every stream (creates and resumes) after {@code events} events, without the rest. */
  public synchronized Faults dropStreamAfter(int events) {
    this.dropStreamAfter = events;
    this.dropStreamTimes = Integer.MAX_VALUE;
    return this;
  }

  /** Ends the next {@code times} streams after {@code events} events each. */
  public synchronized Faults dropStreamAfter(int events, int times) {
    this.dropStreamAfter = events;
    this.dropStreamTimes = times;
    return this;
  }

  /** Answers the next {@code count} requests with {@code status}. */
  public synchronized Faults failNext(int count, int status) {
    return failNext(count, status, null);
  }

  /** Answers the next {@code count} requests with {@code status} and a {@code Retry-After}. */
  public synchronized Faults failNext(int count, int status, Duration retryAfterValue) {
    for (int i = 0; i < count; i++) {
      next.add(new Fail(status, retryAfterValue));
    }
    return this;
  }

  /** Closes the next {@code count} connections without answering. */
  public synchronized Faults resetNext(int count) {
    for (int i = 0; i < count; i++) {
      next.add(new Reset());
    }
    return this;
  }

  /** Answers the next request with this raw body. */
  public synchronized Faults respondNext(int status, String contentType, String body) {
    next.add(new Respond(status, contentType, body));
    return this;
  }

  /** Delays the next answer by {@code value}. */
  public synchronized Faults delayNext(Duration value) {
    this.delayNext = value;
    return this;
  }

  /** Sends the next webhook delivery twice, with the same {@code webhook-id} (a replay). */
  public synchronized Faults deliverTwice() {
    deliverTwice++;
    return this;
  }

  synchronized boolean takeDeliverTwice() {
    if (deliverTwice == 0) {
      return false;
    }
    deliverTwice--;
    return true;
  }

  /**
   * The per-request decode limit: a text answer longer than {@code tokens} stops there with
   * status {@code requires_continuation} and a {@code continuation_token}; 0 (the default) has no
   * limit.
   */
  public synchronized Faults decodeTokenLimit(int tokens) {
    if (tokens < 0) {
      throw new IllegalArgumentException("A decode token limit must be 0 (none) or positive but is " + tokens);
    }
    this.decodeTokenLimit = tokens;
    return this;
  }

  synchronized int decodeTokenLimit() {
    return decodeTokenLimit;
  }

  /**
   * Makes this fraction of grounding redirect links expire: the redirect host answers them
   * {@code 404}. Which links expire depends only on the seed and the link, so a link answers
   * the same every time.
   */
  public synchronized Faults expireRedirects(double rate) {
    this.redirectExpiryRate = checkRate(rate);
    return this;
  }

  /** Delay before the redirect host answers each request, to stand for a stalled redirect service. */
  public synchronized Faults redirectDelay(Duration value) {
    this.redirectDelay = value;
    return this;
  }

  /**
   * Cuts the next upload chunk (Files API) after {@code bytes} bytes of its body: the simulator
   * keeps those bytes, as Google's upload service keeps what reached it, and closes the connection
   * without an answer, so a client can {@code query} the session and resume. A chunk shorter than
   * {@code bytes} arrives whole.
   */
  public synchronized Faults cutUploadAfter(long bytes) {
    return cutUploadAfter(bytes, 1);
  }

  /** Cuts the next {@code times} upload chunks after {@code bytes} bytes of each. */
  public synchronized Faults cutUploadAfter(long bytes, int times) {
    if (bytes < 0 || times < 0) {
      throw new IllegalArgumentException("An upload cut needs bytes >= 0 and times >= 0 but got " + bytes + ", " + times);
    }
    this.uploadCut = bytes;
    this.uploadCutTimes = times;
    return this;
  }

  /** Bytes of the next upload chunk to keep before cutting it, or -1 to receive it whole. */
  synchronized long takeUploadCut() {
    if (uploadCut < 0 || uploadCutTimes <= 0) {
      return -1;
    }
    uploadCutTimes--;
    return uploadCut;
  }

  /**
   * Makes the next file whose upload completes end {@code FAILED} instead of {@code ACTIVE} once
   * processed, its {@code error} carrying {@code message} (code 3, {@code INVALID_ARGUMENT}).
   */
  public synchronized Faults failFileProcessing(String message) {
    fileFailures.add(message);
    return this;
  }

  synchronized String takeFileProcessingFailure() {
    return fileFailures.poll();
  }

  /** Back to no faults, and the random source to its seed. */
  public synchronized Faults reset() {
    rate429 = 0;
    rate503 = 0;
    retryAfter = Duration.ZERO;
    latency = Duration.ZERO;
    eventDelay = Duration.ZERO;
    dropStreamAfter = -1;
    dropStreamTimes = 0;
    delayNext = Duration.ZERO;
    decodeTokenLimit = 0;
    deliverTwice = 0;
    redirectExpiryRate = 0;
    redirectDelay = Duration.ZERO;
    uploadCut = -1;
    uploadCutTimes = 0;
    fileFailures.clear();
    next.clear();
    random = new Random(seed);
    return this;
  }

  synchronized Action take() {
    if (!next.isEmpty()) {
      return next.poll();
    }
    double draw = random.nextDouble();
    if (draw < rate429) {
      return new Fail(429, retryAfter);
    }
    if (draw < rate429 + rate503) {
      return new Fail(503, retryAfter);
    }
    return null;
  }

  synchronized Duration takeDelay() {
    Duration delay = latency.plus(delayNext);
    delayNext = Duration.ZERO;
    return delay;
  }

  synchronized Duration eventDelay() {
    return eventDelay;
  }

  /** Events to send before cutting this stream, or -1 to send all. */
  synchronized int takeStreamCut() {
    if (dropStreamAfter < 0 || dropStreamTimes <= 0) {
      return -1;
    }
    dropStreamTimes--;
    return dropStreamAfter;
  }

  synchronized boolean redirectExpired(String token) {
    // A draw fixed by seed and link: an expired link stays expired, as a real one does.
    long draw = new Random(seed ^ token.hashCode()).nextLong() >>> 11;
    return draw * 0x1.0p-53 < redirectExpiryRate;
  }

  synchronized Duration redirectDelay() {
    return redirectDelay;
  }

  /** Sleeps for {@code delay}; an interrupt (the simulator closing) ends it early. */
  static void pause(Duration delay) {
    if (delay.isZero() || delay.isNegative()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static double checkRate(double rate) {
    if (rate < 0 || rate > 1) {
      throw new IllegalArgumentException("A rate must be between 0 and 1 but is " + rate);
    }
    return rate;
  }
}
