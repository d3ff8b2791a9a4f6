package app;

import dev.interactions4j.schema.GeminiOutput;
import lib.Contact;

/** A customer whose contact type comes from another compilation unit. */
@GeminiOutput
public record Customer(String name, Contact contact) {}
