package test;

import dev.interactions4j.schema.Description;
import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.JsonName;
import java.util.List;

/**
 * A support ticket, as filed by a {@link Customer customer}. Use {@code Ticket} for anything.
 *
 * <p>Second paragraph with <b>markup</b>.
 *
 * @param title short summary, at most {@code 80} characters
 * @param body the full text
 *     spread over lines
 * @param priority how urgent
 * @param labels free-form labels
 * @see Priority
 */
@GeminiOutput
public record Ticket(
    String title,
    @Description("Overrides the @param text") String body,
    @JsonName("prio") Priority priority,
    List<String> labels) {

  /** How urgent a ticket is. */
  @GeminiOutput
  public enum Priority {
    /** Can wait. */
    LOW,
    @Description("Needs an answer today")
    @JsonName("high")
    HIGH
  }

  /** Someone who files tickets. */
  public record Customer(String name) {}
}
