package dev.interactions4j.tools;

import dev.interactions4j.GeminiException;
import dev.interactions4j.wire.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs one round of function calls on an executor, at most {@code parallelism} at a time, each
 * within {@code callTimeout}. The waiting thread stays interruptible: an interrupt cancels (and
 * interrupts) every call still running. A call past its timeout is cancelled the same way and
 * answered with an error result, so a tool that never returns cannot hold the loop.
 */
final class ToolCalls {
  private final ToolSet tools;
  private final ToolErrorPolicy errorPolicy;
  private final Executor executor;
  private final int parallelism;
  private final Duration callTimeout;

  ToolCalls(ToolSet tools, ToolErrorPolicy errorPolicy, Executor executor, int parallelism, Duration callTimeout) {
    this.tools = tools;
    this.errorPolicy = errorPolicy;
    this.executor = executor;
    this.parallelism = parallelism;
    this.callTimeout = callTimeout;
  }

  /** The results of {@code calls}, in their order. */
  List<Step.FunctionResult> run(List<Step.FunctionCall> calls, String interactionId) {
    int count = calls.size();
    Step.FunctionResult[] results = new Step.FunctionResult[count];
    List<Running> running = new ArrayList<>();
    BlockingQueue<Running> done = new LinkedBlockingQueue<>();
    int next = 0;
    int finished = 0;
    try {
      while (finished < count) {
        while (next < count && running.size() < parallelism) {
          running.add(start(next, calls.get(next), done, interactionId));
          next++;
        }
        Running earliest = running.get(0);
        for (Running call : running) {
          earliest = call.deadline < earliest.deadline ? call : earliest;
        }
        Running ended = done.poll(Math.max(0, earliest.deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (ended == null) {
          earliest.task.cancel(true);
          running.remove(earliest);
          results[earliest.index] = timedOut(earliest.call);
          finished++;
        } else if (running.remove(ended)) { // else a call given up already, reporting late
          results[ended.index] = ended.result(interactionId);
          finished++;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GeminiException("Interrupted while function calls were running", interactionId, e);
    } finally {
      running.forEach(call -> call.task.cancel(true));
    }
    return List.of(results);
  }

  private Running start(int index, Step.FunctionCall call, BlockingQueue<Running> done, String interactionId) {
    Running running = new Running(index, call, done);
    try {
      executor.execute(running.task);
    } catch (RejectedExecutionException e) {
      throw new GeminiException("The executor refused function call '" + call.name() + "'", interactionId, e);
    }
    return running;
  }

  private Step.FunctionResult timedOut(Step.FunctionCall call) {
    if (errorPolicy == ToolErrorPolicy.RETHROW) {
      throw new ToolExecutionException(call.name(), null,
          new java.util.concurrent.TimeoutException("did not return within " + callTimeout));
    }
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("error", "Function '" + call.name() + "' did not return within " + callTimeout);
    return new Step.FunctionResult(call.id(), call.name(), result, true, null);
  }

  /** One call on the executor; reports to {@code done} when it ends, however it ends. */
  private final class Running {
    final int index;
    final Step.FunctionCall call;
    final FutureTask<Step.FunctionResult> task;
    final long deadline;

    Running(int index, Step.FunctionCall call, BlockingQueue<Running> done) {
      this.index = index;
      this.call = call;
      this.deadline = System.nanoTime() + callTimeout.toNanos();
      this.task = new FutureTask<>(() -> tools.execute(call, errorPolicy)) {
        @Override
        protected void done() {
          done.offer(Running.this);
        }
      };
    }

    Step.FunctionResult result(String interactionId) {
      try {
        return task.get();
      } catch (CancellationException e) {
        return timedOut(call);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GeminiException("Interrupted while function calls were running", interactionId, e);
      } catch (ExecutionException e) {
        Throwable failure = e.getCause();
        // An Error (an assert, a stack overflow) is the tool's bug: never sent to the model.
        String name = failure instanceof ToolExecutionException tool ? tool.functionName() : call.name();
        Throwable cause = failure instanceof ToolExecutionException tool ? tool.getCause() : failure;
        throw new ToolExecutionException(name, interactionId, cause);
      }
    }
  }
}
