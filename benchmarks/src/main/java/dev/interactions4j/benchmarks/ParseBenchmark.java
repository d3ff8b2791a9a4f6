package dev.interactions4j.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Model JSON into a record: the generated parser (which also validates) against Jackson databind
 * (which does not) into the same record, on the same text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ParseBenchmark {
  private final JsonMapper databind = JsonMapper.builder().build();
  private String json;

  @Setup
  public void setup() {
    List<Order.Line> lines = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lines.add(new Order.Line("SKU-" + i, "Item number " + i + " with a longer title", 1 + i % 5, 9.99 + i));
    }
    Order order = new Order("A-1042", new Order.Customer("Ada Lovelace", "ada@example.com", List.of("vip", "eu")),
        LocalDate.of(2026, 11, 25), lines, Optional.of("Leave at the door"), Order.Status.PAID);
    json = OrderSchema.TYPE.write(order);
    if (!databind.readValue(json, Order.class).equals(OrderSchema.TYPE.parse(json))) {
      throw new IllegalStateException("the two parsers disagree");
    }
  }

  @Benchmark
  public Order generatedParser() {
    return OrderSchema.TYPE.parse(json);
  }

  @Benchmark
  public Order jacksonDatabind() {
    return databind.readValue(json, Order.class);
  }
}
