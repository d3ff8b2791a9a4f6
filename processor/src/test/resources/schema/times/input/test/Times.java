package test;

import dev.interactions4j.schema.GeminiOutput;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Values JSON carries as formatted strings. */
@GeminiOutput
public record Times(
    Instant at,
    OffsetDateTime local,
    LocalDate day,
    LocalTime time,
    LocalDateTime dateTime,
    Duration took,
    UUID id,
    URI link) {}
