package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.tools.ToolExecutionException;
import dev.interactions4j.tools.ToolFunction;
import dev.interactions4j.tools.ToolLoop;
import dev.interactions4j.tools.ToolLoopException;
import dev.interactions4j.tools.ToolRun;
import dev.interactions4j.tools.ToolSet;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.WireJson;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A model that asks for thousands of calls, tools that never return or throw an {@code Error}:
 * the loop runs a bounded number of calls at once, gives up on a call past its timeout, stays
 * interruptible, and ends in typed exceptions carrying the interaction id.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ToolLoopBoundsTest {
  private static final InteractionRequest ASK = InteractionRequest.model(Clients.MODEL).input("Ping everything").build();
  private static final String NO_PARAMETERS = "{\"type\":\"object\",\"properties\":{}}";

  /** Answers the first create with {@code calls} calls of {@code ping}, the follow-up with a completed answer. */
  private static HostileServer model(int calls) {
    StringBuilder steps = new StringBuilder();
    for (int i = 0; i < calls; i++) {
      steps.append(i == 0 ? "" : ",").append("{\"type\":\"function_call\",\"id\":\"c").append(i)
          .append("\",\"name\":\"ping\",\"arguments\":{}}");
    }
    String first = "{\"id\":\"v1_tools\",\"status\":\"requires_action\",\"steps\":[" + steps + "]}";
    return HostileServer.start((request, out) -> out.answer(200, "application/json",
        request.bodyText().contains("previous_interaction_id") ? HostileServer.answer("v1_done", "done") : first));
  }

  private static ToolSet ping(dev.interactions4j.tools.FunctionInvoker invoker) {
    return ToolSet.of(ToolFunction.of("ping", "Pings", NO_PARAMETERS, invoker));
  }

  @Test
  void thousandsOfCallsInOneAnswer_areRefusedBeforeAnyRuns() {
    AtomicInteger ran = new AtomicInteger();
    try (HostileServer server = model(2000); GeminiClient client = Clients.hostile(server).build()) {
      ToolLoopException failure = assertThrows(ToolLoopException.class, () -> ToolLoop.builder(client, ping(arguments -> {
        ran.incrementAndGet();
        return "{}";
      })).build().run(ASK));

      assertEquals("v1_tools", failure.interactionId().orElseThrow());
      assertTrue(failure.getMessage().contains("2000 function calls in one round, more than 128"), failure.getMessage());
      assertEquals(0, ran.get());
    }
  }

  @Test
  void manyCalls_runAtMostParallelismAtOnce_andAllAreAnswered() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    try (HostileServer server = model(40); GeminiClient client = Clients.hostile(server).build()) {
      ToolRun run = ToolLoop.builder(client, ping(arguments -> {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        Thread.sleep(10);
        running.decrementAndGet();
        return "{\"pong\":true}";
      })).parallelism(4).build().run(ASK);

      assertEquals("done", run.text());
      assertEquals(40, run.results().size());
      assertTrue(most.get() <= 4 && most.get() >= 2, "at most 4 at once, and in parallel: " + most.get());
      assertEquals(40, WireJson.readTree(server.requests().get(1).bodyText()).get("input").size());
    }
  }

  @Test
  void toolThatNeverReturns_isGivenUpAtItsTimeout() {
    CountDownLatch never = new CountDownLatch(1);
    AtomicReference<Boolean> interrupted = new AtomicReference<>(false);
    try (HostileServer server = model(1); GeminiClient client = Clients.hostile(server).build()) {
      long start = System.nanoTime();
      ToolRun run = ToolLoop.builder(client, ping(arguments -> {
        try {
          never.await();
        } catch (InterruptedException e) {
          interrupted.set(true);
          throw e;
        }
        return "{}";
      })).callTimeout(Duration.ofMillis(200)).build().run(ASK);

      assertEquals("done", run.text());
      assertEquals(Boolean.TRUE, run.results().get(0).isError());
      assertTrue(run.results().get(0).result().get("error").asString().contains("did not return within PT0.2S"));
      assertTrue(StalledServerTest.elapsedMillis(start) < 8000, StalledServerTest.elapsedMillis(start) + " ms");
      assertTrue(interrupted.get(), "the tool's thread was interrupted");
    }
  }

  @Test
  void runWaitingOnATool_canBeInterrupted() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    try (HostileServer server = model(1); GeminiClient client = Clients.hostile(server).build()) {
      ToolLoop loop = ToolLoop.builder(client, ping(arguments -> {
        started.countDown();
        new CountDownLatch(1).await();
        return "{}";
      })).build();
      AtomicReference<Throwable> ended = new AtomicReference<>();
      Thread runner = new Thread(() -> {
        try {
          loop.run(ASK);
        } catch (Throwable e) {
          ended.set(e);
        }
      }, "test-runner");
      runner.start();
      assertTrue(started.await(5, TimeUnit.SECONDS));

      runner.interrupt();
      runner.join(2000);

      assertTrue(!runner.isAlive(), "the loop ignores interrupts");
      GeminiException failure = assertInstanceOf(GeminiException.class, ended.get());
      assertEquals("v1_tools", failure.interactionId().orElseThrow());
    }
  }

  @Test
  void toolThrowingAnError_isAToolExecutionExceptionWithTheId() {
    try (HostileServer server = model(3); GeminiClient client = Clients.hostile(server).build()) {
      ToolExecutionException failure = assertThrows(ToolExecutionException.class, () -> ToolLoop.builder(client, ping(arguments -> {
        throw new AssertionError("the tool's own bug");
      })).build().run(ASK));

      assertEquals("v1_tools", failure.interactionId().orElseThrow());
      assertEquals("ping", failure.functionName());
      assertInstanceOf(AssertionError.class, failure.getCause());
    }
  }
}
