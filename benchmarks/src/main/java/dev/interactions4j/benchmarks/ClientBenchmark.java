package dev.interactions4j.benchmarks;

import dev.interactions4j.GeminiClient;
import dev.interactions4j.RetryPolicy;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.WireJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Client overhead: a create call through {@link GeminiClient} (serialize, send, parse into the wire
 * model) against a bare {@link HttpClient} POST of the same bytes with the same headers whose answer
 * is left as a string, both against the same simulator in the same process. The bare request is
 * built once and reused; the client builds its request per call, with a timeout, and does strictly
 * more: it writes the body from the model and reads the answer into it. {@link #clientCpuOnly}
 * isolates that work (the same request written, the same answer read, no HTTP).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(2)
public class ClientBenchmark {
  private Simulator simulator;
  private GeminiClient client;
  private HttpClient http;
  private HttpRequest bare;
  private InteractionRequest request;
  private byte[] answer;

  @Setup(Level.Trial)
  public void start() {
    simulator = Simulator.start();
    client = GeminiClient.builder().baseUrl(simulator.baseUrl()).apiKey("bench").retryPolicy(RetryPolicy.none()).build();
    request = InteractionRequest.model("gemini-3-flash-preview").input("Hello, my name is Ada and I like benchmarks.")
        .store(false).build();
    http = HttpClient.newHttpClient();
    bare = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v1beta/interactions"))
        .header("x-goog-api-key", "bench").header("Api-Revision", "2026-05-20").header("x-goog-api-client", "interactions4j/0.1.0")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(WireJson.write(request))).build();
    try {
      answer = http.send(bare, HttpResponse.BodyHandlers.ofByteArray()).body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    simulator.close();
  }

  @Benchmark
  public Interaction interactions4jCreate() {
    return client.create(request);
  }

  /** The client's own CPU work on one call: the request written, the same answer read into the model. */
  @Benchmark
  public Interaction clientCpuOnly() {
    byte[] body = WireJson.write(request);
    if (body.length == 0) {
      throw new AssertionError();
    }
    return WireJson.readAnswer(answer);
  }

  @Benchmark
  public String bareHttpClientPost() throws Exception {
    return http.send(bare, HttpResponse.BodyHandlers.ofString()).body();
  }
}
