package app;

import dev.interactions4j.schema.GeminiOutput;
import lib.Address;

/** A delivery to an address compiled in another compilation unit. */
@GeminiOutput
public record Delivery(String parcel, Address to) {}
