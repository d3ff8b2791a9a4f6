package dev.interactions4j.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar interactions4j-simulator.jar --port 8089}: runs the simulator until killed,
 * printing its base URL on one line.
 */
public final class SimulatorMain {
  private static final String USAGE = """
      Usage: java -jar interactions4j-simulator.jar [options]
        --port N              port to listen on (default 8089; 0 picks a free one)
        --host H              interface (default 127.0.0.1)
        --api-key K           accept only this key (default: any non-empty key)
        --bearer-token T      accept this OAuth token on Agent Platform paths (default: any)
        --seed N              seed of ids and fault rates (default 42)
        --rate-429 R          fraction of requests answered 429 (0..1)
        --rate-503 R          fraction of requests answered 503 (0..1)
        --retry-after S       Retry-After seconds on injected 429/503
        --latency-ms N        latency added to every answer
        --event-delay-ms N    delay between stream events
        --drop-stream-after N cut every stream after N events
        --research-seconds N  how long background agents take (default 3)
        --expire-redirects R  fraction of citation redirect links answered 404 (0..1)
        --redirect-delay-ms N delay before the redirect host answers
        --file-processing-ms N  how long an uploaded file stays PROCESSING (default 0)
        --file-processing-gets N  gets of an uploaded file answered PROCESSING first (default 0)
        --help                this text""";

  private SimulatorMain() {}

  /** Starts a simulator with the options above and serves until the process is stopped. */
  public static void main(String[] args) throws InterruptedException {
    Simulator simulator;
    try {
      simulator = parse(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (simulator == null) {
      return;
    }
    System.out.println("interactions4j simulator listening on " + simulator.baseUrl());
    System.out.println("citation redirects served at " + simulator.redirectBaseUrl());
    new CountDownLatch(1).await();
  }

  /** Starts a simulator from command-line arguments; null after {@code --help}. */
  static Simulator parse(String[] args, PrintStream out) {
    Simulator.Builder builder = Simulator.builder().port(8089);
    double rate429 = 0;
    double rate503 = 0;
    Duration retryAfter = Duration.ZERO;
    Duration latency = Duration.ZERO;
    Duration eventDelay = Duration.ZERO;
    int dropAfter = -1;
    double expiry = 0;
    Duration redirectDelay = Duration.ZERO;
    Duration fileProcessing = Duration.ZERO;
    int fileGets = 0;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        out.println(USAGE);
        return null;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Option " + option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> builder.port(integer(option, value));
        case "--host" -> builder.host(value);
        case "--api-key" -> builder.apiKey(value);
        case "--bearer-token" -> builder.bearerToken(value);
        case "--seed" -> builder.seed(integer(option, value));
        case "--rate-429" -> rate429 = rate(option, value);
        case "--rate-503" -> rate503 = rate(option, value);
        case "--retry-after" -> retryAfter = Duration.ofSeconds(integer(option, value));
        case "--latency-ms" -> latency = Duration.ofMillis(integer(option, value));
        case "--event-delay-ms" -> eventDelay = Duration.ofMillis(integer(option, value));
        case "--drop-stream-after" -> dropAfter = integer(option, value);
        case "--research-seconds" -> builder.backgroundDuration(Duration.ofSeconds(integer(option, value)));
        case "--expire-redirects" -> expiry = rate(option, value);
        case "--redirect-delay-ms" -> redirectDelay = Duration.ofMillis(integer(option, value));
        case "--file-processing-ms" -> fileProcessing = Duration.ofMillis(integer(option, value));
        case "--file-processing-gets" -> fileGets = integer(option, value);
        default -> throw new IllegalArgumentException("Unknown option " + option);
      }
    }
    Faults faults = builder.faults().rate429(rate429).rate503(rate503).retryAfter(retryAfter)
        .latency(latency).eventDelay(eventDelay).expireRedirects(expiry).redirectDelay(redirectDelay);
    if (dropAfter >= 0) {
      faults.dropStreamAfter(dropAfter);
    }
    return builder.fileProcessing(fileProcessing, fileGets).start();
  }

  private static int integer(String option, String value) {
    try {
      int parsed = Integer.parseInt(value);
      if (parsed < 0) {
        throw new IllegalArgumentException("Option " + option + " must not be negative but is " + value);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Option " + option + " needs a whole number but got '" + value + "'");
    }
  }

  private static double rate(String option, String value) {
    try {
      double parsed = Double.parseDouble(value);
      if (parsed < 0 || parsed > 1) {
        throw new IllegalArgumentException("Option " + option + " needs a rate between 0 and 1 but got " + value);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Option " + option + " needs a number but got '" + value + "'");
    }
  }
}
