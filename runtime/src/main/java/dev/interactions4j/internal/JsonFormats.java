package dev.interactions4j.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;

/**
 * Readers and writers for values that JSON carries as strings with a {@code format}: {@code
 * java.time} types, {@link UUID} and {@link URI}. Writers always emit RFC 3339 / ISO 8601 text with
 * seconds, as the {@code date-time} and {@code time} formats require.
 */
public final class JsonFormats {
  // RFC 3339 times carry an offset; a model following format "time"/"date-time" may add one to a
  // local value. Accept it and drop it rather than reject the whole answer.
  private static final DateTimeFormatter LOCAL_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffsetId()
          .optionalEnd()
          .toFormatter();
  private static final DateTimeFormatter LOCAL_DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffsetId()
          .optionalEnd()
          .toFormatter();

  private JsonFormats() {}

  /** Reads an RFC 3339 date-time as an {@link Instant}. */
  public static Instant readInstant(JsonInput in) {
    return in.readText("a date-time (RFC 3339, e.g. 2026-01-31T10:15:30Z)", Instant::parse);
  }

  /** Reads an RFC 3339 date-time with offset. */
  public static OffsetDateTime readOffsetDateTime(JsonInput in) {
    return in.readText(
        "a date-time (RFC 3339, e.g. 2026-01-31T10:15:30+01:00)", OffsetDateTime::parse);
  }

  /** Reads an ISO date. */
  public static LocalDate readLocalDate(JsonInput in) {
    return in.readText("a date (e.g. 2026-01-31)", LocalDate::parse);
  }

  /** Reads an ISO time; an offset, if present, is ignored. */
  public static LocalTime readLocalTime(JsonInput in) {
    return in.readText("a time (e.g. 10:15:30)", text -> LocalTime.parse(text, LOCAL_TIME));
  }

  /** Reads an ISO date-time; an offset, if present, is ignored. */
  public static LocalDateTime readLocalDateTime(JsonInput in) {
    return in.readText(
        "a date-time (e.g. 2026-01-31T10:15:30)",
        text -> LocalDateTime.parse(text, LOCAL_DATE_TIME));
  }

  /** Reads an ISO 8601 duration such as {@code PT1H30M}. */
  public static Duration readDuration(JsonInput in) {
    return in.readText("a duration (ISO 8601, e.g. PT1H30M)", Duration::parse);
  }

  /** Reads a UUID. */
  public static UUID readUuid(JsonInput in) {
    return in.readText("a UUID", UUID::fromString);
  }

  /** Reads a URI. */
  public static URI readUri(JsonInput in) {
    return in.readText("a URI", JsonFormats::uri);
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Writes an {@link Instant} as RFC 3339 in UTC. */
  public static void writeInstant(Instant value, JsonGenerator generator) {
    generator.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
  }

  /** Writes an {@link OffsetDateTime} as RFC 3339, always with seconds. */
  public static void writeOffsetDateTime(OffsetDateTime value, JsonGenerator generator) {
    generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
  }

  /** Writes a {@link LocalDate}. */
  public static void writeLocalDate(LocalDate value, JsonGenerator generator) {
    generator.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(value));
  }

  /** Writes a {@link LocalTime}, always with seconds. */
  public static void writeLocalTime(LocalTime value, JsonGenerator generator) {
    generator.writeString(DateTimeFormatter.ISO_LOCAL_TIME.format(value));
  }

  /** Writes a {@link LocalDateTime}, always with seconds. */
  public static void writeLocalDateTime(LocalDateTime value, JsonGenerator generator) {
    generator.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value));
  }

  /**
   * Writes a {@link Duration}, {@link UUID}, {@link URI} or other value by its {@code toString()}.
   */
  public static void writeText(Object value, JsonGenerator generator) {
    generator.writeString(value.toString());
  }
}
