package dev.interactions4j;

import java.time.Duration;

/**
 * The bounds every call of one client keeps, set on {@link GeminiClientBuilder}: how long a
 * response may take to start, to send its next byte, and to finish; how large an event, a text
 * and an error body may be; how many resumes in a row may bring nothing new.
 */
record ClientLimits(Duration requestTimeout, Duration readTimeout, Duration callTimeout,
    int maxEventSize, int maxTextSize, int maxErrorBodySize, int streamResumeLimit) {

  static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(120);
  static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(120);
  static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(10);
  static final int DEFAULT_MAX_EVENT_SIZE = 32 << 20;
  static final int DEFAULT_MAX_TEXT_SIZE = 16 << 20;
  static final int DEFAULT_MAX_ERROR_BODY_SIZE = 64 << 10;
  static final int DEFAULT_STREAM_RESUME_LIMIT = 5;
}
