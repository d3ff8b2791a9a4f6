package dev.interactions4j.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A request the simulator received, for tests to assert wire details. The API key header's value
 * is replaced by {@code <redacted>}, and so is the token of an {@code Authorization} header
 * ({@code Bearer <redacted>}).
 *
 * @param method the HTTP method
 * @param pathAndQuery the path with its query string
 * @param headers header values by lower-case name
 * @param body the body bytes
 */
public record RecordedRequest(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {

  public RecordedRequest {
    headers = Map.copyOf(headers);
    body = body.clone();
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The first value of a header (name in any case), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }
}
