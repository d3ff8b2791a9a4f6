package dev.interactions4j.benchmarks;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.Min;
import dev.interactions4j.schema.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An order as a model might extract it from an e-mail: the parsing benchmark's payload.
 *
 * @param id the order id
 * @param customer who ordered
 * @param placed when
 * @param lines what
 * @param notes free text, if any
 * @param status where it stands
 */
@GeminiOutput
public record Order(String id, Customer customer, LocalDate placed, @Size(min = 1) List<Line> lines,
    Optional<String> notes, Status status) {

  /** A customer. */
  public record Customer(String name, String email, List<String> tags) {}

  /** One order line. */
  public record Line(String sku, String title, @Min(1) int quantity, double unitPrice) {}

  /** Order status. */
  public enum Status {
    NEW,
    PAID,
    SHIPPED
  }
}
