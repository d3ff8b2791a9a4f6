package dev.interactions4j.sample;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.Email;
import dev.interactions4j.schema.Size;
import java.util.List;
import java.util.Optional;

/**
 * A person's contact details found in free text.
 *
 * @param name the person's full name
 * @param company the company they work for
 * @param email their e-mail address
 * @param phone their phone number, if the text gives one
 * @param topics what they want to talk about
 * @param urgency how soon they expect an answer
 */
@GeminiOutput
public record Contact(
    String name,
    String company,
    @Email String email,
    Optional<String> phone,
    @Size(max = 5) List<String> topics,
    Urgency urgency) {

  /** How soon an answer is expected. */
  public enum Urgency {
    /** Within the day. */
    HIGH,
    /** Within the week. */
    NORMAL,
    /** Whenever convenient. */
    LOW
  }
}
