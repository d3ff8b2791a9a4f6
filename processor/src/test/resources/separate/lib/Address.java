package lib;

import dev.interactions4j.schema.Description;

/**
 * Javadoc of a type compiled elsewhere: not in its class file, so not in schemas built from it.
 *
 * @param city not available from the class file either
 */
@Description("A postal address")
public record Address(@Description("Street and number") String street, String city) {}
