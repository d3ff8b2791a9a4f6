package dev.interactions4j.simulator;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deterministic ids shaped like the API's: {@code v1_} + base64url, every turn of a chain sharing
 * its chain's prefix.
 */
final class Ids {
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final long seed;
  private final AtomicLong chains = new AtomicLong();
  private final AtomicLong turns = new AtomicLong();
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong events = new AtomicLong();
  private final AtomicLong files = new AtomicLong();
  private final AtomicLong resources = new AtomicLong();

  Ids(long seed) {
    this.seed = seed;
  }

  /** A new chain's prefix. */
  String newChain() {
    return "v1_" + encode(seed * 31 + chains.incrementAndGet(), 12);
  }

  /** The id of a new turn in {@code chain}. */
  String turn(String chain) {
    return chain + encode(turns.incrementAndGet(), 24);
  }

  String callId() {
    return "call_" + encode(calls.incrementAndGet(), 9);
  }

  /** The id of a generated file (media delivered by uri). */
  String fileId() {
    return encode(files.incrementAndGet(), 9).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  String eventId() {
    return "evt_" + encode(events.incrementAndGet(), 9);
  }

  /**
   * The id of event {@code index} of a stored turn's stream: the same each time the stream is
   * built, so a client re-attaching or resuming by {@code last_event_id} finds its place.
   */
  String eventId(String turnId, int index) {
    return "evt_" + encode((turnId.hashCode() & 0xFFFFFFFFL) << 16 | index, 9);
  }

  /** An id for the platform resources (environments, webhooks, deliveries), e.g. {@code env_…}. */
  String resource(String prefix) {
    return prefix + encode(seed * 131 + resources.incrementAndGet(), 9).replace('-', 'x').replace('_', 'y');
  }

  private static String encode(long value, int bytes) {
    ByteBuffer buffer = ByteBuffer.allocate(bytes);
    for (int i = 0; i < bytes / 8; i++) {
      buffer.putLong(Long.rotateLeft(value * 0x9E3779B97F4A7C15L + i, 17 * i));
    }
    while (buffer.hasRemaining()) {
      buffer.put((byte) (value >>> (8 * buffer.remaining())));
    }
    return BASE64URL.encodeToString(buffer.array());
  }
}
