package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 1,000 interactions, 100 in flight, with 5% of requests answered 429 or 503: every one ends
 * completed or with a typed error, nothing hangs, and the client's threads go away afterwards.
 */
class LoadTest {
  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();
  private static final int INTERACTIONS = 1000;
  private static final int IN_FLIGHT = 100;

  @Test
  void thousandInteractionsWithFaults_allEndCompletedOrTyped() throws Exception {
    long clientThreadsBefore = clientThreads();
    SIMULATOR.simulator().faults().rate429(0.025).rate503(0.025);
    ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    try (GeminiClient client = Clients.builder(SIMULATOR.simulator())
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(50), 2, 0.5, Duration.ofSeconds(10)))
        .build()) {
      Semaphore inFlight = new Semaphore(IN_FLIGHT);
      List<CompletableFuture<Void>> all = new ArrayList<>();
      for (int i = 0; i < INTERACTIONS; i++) {
        inFlight.acquire();
        InteractionRequest request = InteractionRequest.model(Clients.MODEL).input("my number is " + i).build();
        all.add(CompletableFuture.runAsync(() -> {
          try {
            Interaction answer = client.create(request);
            count(outcomes, InteractionStatus.COMPLETED.equals(answer.status()) ? "completed" : "other status");
          } catch (GeminiApiException e) {
            count(outcomes, "typed " + e.httpStatus());
          } catch (RuntimeException e) {
            count(outcomes, "untyped " + e);
          } finally {
            inFlight.release();
          }
        }, pool));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
    } finally {
      pool.shutdown();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }

    int total = outcomes.values().stream().mapToInt(AtomicInteger::get).sum();
    assertEquals(INTERACTIONS, total, outcomes.toString());
    assertTrue(outcomes.keySet().stream().allMatch(key -> key.equals("completed") || key.startsWith("typed ")), outcomes.toString());
    assertTrue(outcomes.get("completed").get() >= INTERACTIONS * 0.99, outcomes.toString());
    // Closing the client shuts its pool down; the JDK client's selector thread ends once the
    // client is collected. Other test classes' clients may end theirs meanwhile: no more than before.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (clientThreads() > clientThreadsBefore && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(100);
    }
    assertTrue(clientThreads() <= clientThreadsBefore, "client threads left: " + clientThreadNames());
  }

  private static long clientThreads() {
    return clientThreadNames().size();
  }

  // The client's own pool and the JDK HTTP client's threads; the simulator's threads are not the client's.
  private static List<String> clientThreadNames() {
    return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
        .filter(name -> name.equals("interactions4j") || name.startsWith("HttpClient-")).toList();
  }

  private static void count(Map<String, AtomicInteger> outcomes, String outcome) {
    outcomes.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
  }
}
