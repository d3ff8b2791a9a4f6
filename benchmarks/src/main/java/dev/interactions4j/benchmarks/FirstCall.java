package dev.interactions4j.benchmarks;

import dev.interactions4j.GeminiClient;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import java.lang.management.ManagementFactory;

/**
 * Time to the first call in a fresh JVM: {@code GeminiClient} built from the environment
 * ({@code GEMINI_API_KEY}, {@code GEMINI_BASE_URL}: a running simulator) and one create call
 * answered. Prints nanoseconds from {@code main()} entry to the answer, then milliseconds from the
 * JVM's start (read after the clock stops), then the number of steps answered. Run by
 * {@code benchmarks/first-call.sh}, one fresh JVM per run, with only the runtime on the classpath.
 */
public final class FirstCall {
  private FirstCall() {}

  public static void main(String[] args) {
    long entry = System.nanoTime();
    int steps;
    try (GeminiClient client = GeminiClient.builder().build()) {
      Interaction answer = client.create(
          InteractionRequest.model("gemini-3-flash-preview").input("Hello, my name is Ada.").build());
      steps = answer.steps().size();
    }
    long readyNanos = System.nanoTime();
    long readyMillis = System.currentTimeMillis();
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println((readyNanos - entry) + " " + (readyMillis - jvmStart) + " " + steps);
  }
}
