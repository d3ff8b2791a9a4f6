package dev.interactions4j.benchmarks;

import dev.interactions4j.Conversation;
import dev.interactions4j.GeminiClient;
import dev.interactions4j.InteractionStream;
import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Input;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.StreamEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Figures measured by whole runs against the simulator, printed as markdown: request bytes and
 * cached tokens per turn of a 50-turn conversation (server-side state against resending the
 * history), and time to the first streamed delta against time to the whole answer.
 */
public final class WholeRuns {
  private static final int TURNS = 50;
  private static final String MODEL = "gemini-3-flash-preview";

  private WholeRuns() {}

  public static void main(String[] args) {
    try (Simulator simulator = Simulator.start()) {
      GeminiClient client = GeminiClient.builder().baseUrl(simulator.baseUrl()).apiKey("bench").build();
      bytesPerTurn(client, simulator);
      firstDelta(client, simulator);
      concurrent(client);
    }
  }

  private static String line(int turn) {
    return "Turn " + turn + ": please remember that my item " + turn + " is a blue notebook for the trip.";
  }

  private static void bytesPerTurn(GeminiClient client, Simulator simulator) {
    simulator.clearRequests();
    Conversation chat = client.conversation(MODEL);
    List<Integer> cached = new ArrayList<>();
    for (int turn = 1; turn <= TURNS; turn++) {
      cached.add(chat.send(line(turn)).usage().totalCachedTokens());
    }
    List<Integer> stateful = sizes(simulator.requests());

    simulator.clearRequests();
    List<Step> history = new ArrayList<>();
    for (int turn = 1; turn <= TURNS; turn++) {
      history.add(new Step.UserInput(List.of(Content.text(line(turn)))));
      Interaction answer = client.create(InteractionRequest.model(MODEL).store(false).input(Input.steps(history)).build());
      history.addAll(answer.steps());
    }
    List<Integer> resent = sizes(simulator.requests());

    System.out.println("| turn | bytes sent, previous_interaction_id | bytes sent, history resent | cached tokens reported |");
    System.out.println("|---:|---:|---:|---:|");
    for (int turn : new int[] {1, 2, 10, 25, 50}) {
      System.out.printf("| %d | %d | %d | %d |%n", turn, stateful.get(turn - 1), resent.get(turn - 1), cached.get(turn - 1));
    }
    System.out.printf("| all %d turns | %d | %d | %d |%n%n", TURNS, sum(stateful), sum(resent), cached.stream().mapToInt(i -> i).sum());
  }

  private static void firstDelta(GeminiClient client, Simulator simulator) {
    simulator.faults().eventDelay(Duration.ofMillis(20));
    InteractionRequest story = InteractionRequest.model(MODEL)
        .input("Tell me a long story about a lighthouse keeper, a storm, a lost ship and the morning after.").build();
    long[] first = new long[11];
    long[] whole = new long[11];
    for (int run = 0; run < first.length; run++) {
      long start = System.nanoTime();
      try (InteractionStream stream = client.stream(story)) {
        while (stream.hasNext()) {
          if (stream.next() instanceof StreamEvent.StepDelta && first[run] == 0) {
            first[run] = System.nanoTime() - start;
          }
        }
      }
      whole[run] = System.nanoTime() - start;
    }
    simulator.faults().reset();
    long firstMedian = median(first);
    long wholeMedian = median(whole);
    System.out.println("| streamed answer, 20 ms between events | median of 11 runs |");
    System.out.println("|---|---:|");
    System.out.printf("| first text delta received | %.1f ms |%n", firstMedian / 1e6);
    System.out.printf("| whole answer received | %.1f ms |%n", wholeMedian / 1e6);
    System.out.printf("| first delta / whole answer | %.2f |%n", (double) firstMedian / wholeMedian);
  }

  private static void concurrent(GeminiClient client) {
    int calls = 4000;
    int inFlight = 200;
    InteractionRequest hello = InteractionRequest.model(MODEL).input("Hello there").store(false).build();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(inFlight);
    try {
      for (int warmup = 0; warmup < 2; warmup++) {
        List<java.util.concurrent.Future<Interaction>> all = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
          all.add(pool.submit(() -> client.create(hello)));
        }
        for (java.util.concurrent.Future<Interaction> call : all) {
          call.get();
        }
        long elapsed = System.nanoTime() - start;
        if (warmup == 1) {
          System.out.println();
          System.out.println("| " + calls + " create calls, " + inFlight + " in flight (second of two rounds) | |");
          System.out.println("|---|---:|");
          System.out.printf("| wall time | %.0f ms |%n", elapsed / 1e6);
          System.out.printf("| interactions per second | %.0f |%n", calls / (elapsed / 1e9));
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdown();
    }
  }

  private static List<Integer> sizes(List<RecordedRequest> requests) {
    return requests.stream().map(request -> request.body().length).toList();
  }

  private static long sum(List<Integer> values) {
    return values.stream().mapToLong(Integer::longValue).sum();
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
