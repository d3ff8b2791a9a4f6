package example;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.Size;
import java.util.List;

/**
 * A person's contact details found in free text.
 *
 * @param name the person's full name
 * @param email their e-mail address
 * @param topics what they want to talk about
 */
@GeminiOutput
public record Contact(String name, String email, @Size(max = 3) List<String> topics) {}
