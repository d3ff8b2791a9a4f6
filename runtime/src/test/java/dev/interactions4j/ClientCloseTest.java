package dev.interactions4j;

import static dev.interactions4j.HostileServer.EVENT_STREAM;
import static dev.interactions4j.HostileServer.created;
import static dev.interactions4j.HostileServer.textDelta;
import static dev.interactions4j.StalledServerTest.elapsedMillis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.wire.InteractionRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Closing and interrupting: calls in flight end promptly and typed when the client or the
 * stream is closed or the caller interrupted, later calls fail at once, and no client thread
 * outlives {@link GeminiClient#close()}. The server stalls, and the client's bounds are long, so
 * only closing can end the calls.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClientCloseTest {
  private static final InteractionRequest HELLO = InteractionRequest.model(Clients.MODEL).input("Hello").build();

  private static HostileServer stallingServer() {
    return HostileServer.start((request, out) -> {
      if (request.method().equals("GET")) {
        out.stall(); // no answer at all
      } else if (request.bodyText().contains("\"stream\":true")) {
        out.head(200, EVENT_STREAM).write(created("e1", "v1_open") + textDelta("e2", "Hi"));
        out.stall();
      } else {
        out.head(200, "Content-Type: application/json", "Content-Length: 900").write("{\"id\":\"v1_half\"");
        out.stall();
      }
    });
  }

  private static GeminiClientBuilder patient(HostileServer server) {
    return Clients.hostile(server).requestTimeout(Duration.ofMinutes(5)).readTimeout(Duration.ofMinutes(5))
        .callTimeout(Duration.ofMinutes(5));
  }

  @Test
  void closeWithCallsInFlight_endsThemTyped_andLeavesNoClientThread() throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    try (HostileServer server = stallingServer()) {
      GeminiClient client = patient(server).build();
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        calls.add(client.createAsync(HELLO));
        calls.add(CompletableFuture.runAsync(() -> client.get("v1_waiting")));
        calls.add(CompletableFuture.runAsync(() -> {
          try (InteractionStream stream = client.stream(HELLO)) {
            stream.result();
          }
        }));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (server.requests().size() < calls.size() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertEquals(calls.size(), server.requests().size(), "every call reached the server");

      long start = System.nanoTime();
      client.close();
      for (CompletableFuture<?> call : calls) {
        ExecutionException failure = assertThrows(ExecutionException.class, () -> call.get(2, TimeUnit.SECONDS));
        assertInstanceOf(GeminiClosedException.class, failure.getCause());
      }
      assertTrue(elapsedMillis(start) < 2000, "calls ended " + elapsedMillis(start) + " ms after close()");
    }
    assertNoClientThreadSurvives(before);
  }

  @Test
  void callsAfterClose_failAtOnceTyped() throws Exception {
    try (HostileServer server = stallingServer()) {
      GeminiClient client = patient(server).build();
      client.close();
      long start = System.nanoTime();

      assertThrows(GeminiClosedException.class, () -> client.create(HELLO));
      assertThrows(GeminiClosedException.class, () -> client.get("v1_x"));
      assertThrows(GeminiClosedException.class, () -> client.stream(HELLO));
      ExecutionException async = assertThrows(ExecutionException.class, () -> client.createAsync(HELLO).get(1, TimeUnit.SECONDS));
      assertInstanceOf(GeminiClosedException.class, async.getCause());
      assertTrue(elapsedMillis(start) < 500, elapsedMillis(start) + " ms");
      assertEquals(0, server.requests().size());
    }
  }

  @Test
  void streamClosedFromAnotherThread_unblocksItsReader() throws Exception {
    try (HostileServer server = stallingServer(); GeminiClient client = patient(server).build()) {
      InteractionStream stream = client.stream(HELLO);
      Caller reader = Caller.start(stream::result);

      long start = System.nanoTime();
      stream.close();

      GeminiStreamException failure = assertInstanceOf(GeminiStreamException.class, reader.end());
      assertTrue(elapsedMillis(start) < 2000, elapsedMillis(start) + " ms");
      assertEquals("v1_open", failure.interactionId().orElseThrow());
      assertEquals("Hi", failure.partialText());
    }
  }

  @Test
  void interruptingAStreamReader_unblocksItTyped() throws Exception {
    try (HostileServer server = stallingServer(); GeminiClient client = patient(server).build()) {
      Caller reader = Caller.start(() -> {
        try (InteractionStream stream = client.stream(HELLO)) {
          stream.result();
        }
      });
      reader.thread.interrupt();

      assertInstanceOf(GeminiStreamException.class, reader.end());
      assertTrue(reader.interruptedAtEnd, "the interrupt flag is kept");
    }
  }

  @Test
  void interruptingAUnaryCall_unblocksItTyped() throws Exception {
    try (HostileServer server = stallingServer(); GeminiClient client = patient(server).build()) {
      for (Runnable call : List.<Runnable>of(() -> client.get("v1_waiting"), () -> client.create(HELLO))) {
        Caller caller = Caller.start(call);
        caller.thread.interrupt();

        Throwable ended = caller.end();
        assertInstanceOf(GeminiException.class, ended);
        assertTrue(ended.getMessage().contains("Interrupted"), ended.getMessage());
      }
    }
  }

  @Test
  void closeWhileWaitingToRetry_endsTheWaitAtOnce() throws Exception {
    try (HostileServer server = HostileServer.start((request, out) -> out.answer(503, "application/json", "{}", "Retry-After: 30"))) {
      GeminiClient client = patient(server)
          .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(10), 1, 0, Duration.ofMinutes(2))).build();
      CompletableFuture<?> call = client.createAsync(HELLO);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (server.requests().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(100);

      long start = System.nanoTime();
      client.close();
      ExecutionException failure = assertThrows(ExecutionException.class, () -> call.get(2, TimeUnit.SECONDS));

      assertInstanceOf(GeminiClosedException.class, failure.getCause());
      assertTrue(elapsedMillis(start) < 2000, elapsedMillis(start) + " ms");
    }
  }

  /** A call on a thread of its own, started and left blocked; {@link #end} waits for what it threw. */
  private static final class Caller {
    final Thread thread;
    volatile Throwable ended;
    volatile boolean interruptedAtEnd;

    private Caller(Runnable call) {
      thread = new Thread(() -> {
        try {
          call.run();
        } catch (Throwable e) {
          ended = e;
          interruptedAtEnd = Thread.currentThread().isInterrupted();
        }
      }, "test-caller");
    }

    static Caller start(Runnable call) throws InterruptedException {
      Caller caller = new Caller(call);
      caller.thread.start();
      waitUntilBlocked(caller.thread);
      return caller;
    }

    /** What the call threw, within 2 s. */
    Throwable end() throws InterruptedException {
      thread.join(2000);
      assertTrue(!thread.isAlive(), "the call still blocks");
      return ended;
    }
  }

  private static void waitUntilBlocked(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(100); // past the connection set-up, into the wait for bytes that never come
  }

  /**
   * The pool's threads end at once; the JDK 17 HTTP client cannot be closed, so its selector
   * thread ends once the client, dropped by close(), is collected.
   */
  static void assertNoClientThreadSurvives(Set<Thread> before) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    Set<String> left = clientThreadsSince(before);
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(100);
      left = clientThreadsSince(before);
    }
    assertTrue(left.isEmpty(), "client threads left: " + left);
  }

  private static Set<String> clientThreadsSince(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !before.contains(thread) && thread.isAlive())
        .map(Thread::getName)
        .filter(name -> name.startsWith("interactions4j") || name.startsWith("HttpClient"))
        .collect(Collectors.toSet());
  }
}
