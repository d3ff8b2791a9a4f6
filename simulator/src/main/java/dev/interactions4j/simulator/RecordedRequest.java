package dev.interactions4j.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request the simulator received, for tests to assert wire details. The API key header's value
 * is replaced by {@code <redacted>}, and so is the token of an {@code Authorization} header
 * ({@code Bearer <redacted>}). Upload chunks of the Files API are recorded without their bytes
 * (an empty body): they go to disk as they arrive.
 *
 * @param method the HTTP method
 * @param pathAndQuery the path with its query string
 * @param headers header values by lower-case name
 * @param body the body bytes
 */
public record RecordedRequest(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {

  /** Copies the headers and the body, so a recorded request never changes. */
  public RecordedRequest {
    headers = Map.copyOf(headers);
    body = body.clone();
  }

  /** The request as received, with the API key's and the authorization's values redacted. */
  static RecordedRequest of(HttpExchange exchange, byte[] body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      headers.put(lower, lower.equals("x-goog-api-key") ? List.of("<redacted>")
          : lower.equals("authorization") ? List.of(values.get(0).split(" ", 2)[0] + " <redacted>") : List.copyOf(values));
    });
    String query = exchange.getRequestURI().getRawQuery();
    String path = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
    return new RecordedRequest(exchange.getRequestMethod(), path, headers, body);
  }

  /**
   * The API version the path addresses ({@code v1}, {@code v1beta}, {@code v1beta1}), or null for a
   * path outside the API (the token endpoint, a JWKS).
   */
  public String apiVersion() {
    int query = pathAndQuery.indexOf('?');
    ApiPath path = ApiPath.parse(query < 0 ? pathAndQuery : pathAndQuery.substring(0, query));
    return path == null ? null : path.version();
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The first value of a header (name in any case), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** A copy of the body bytes. */
  @Override
  public byte[] body() {
    return body.clone();
  }
}
