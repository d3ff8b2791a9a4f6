package dev.interactions4j;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Where each call goes: the base URL and the path of each resource, on the Gemini API
 * ({@code /v1beta/interactions}) or on the Agent Platform
 * ({@code /v1beta1/projects/{project}/locations/{location}/interactions}, or {@code
 * /v1beta1/interactions} in express mode). The one place that decides them.
 */
final class Endpoint {
  static final String GEMINI_HOST = "https://generativelanguage.googleapis.com";
  /** Locations served from a multi-region host ({@code aiplatform.us.rep...}), as in Google's SDKs. */
  private static final Set<String> MULTI_REGIONS = Set.of("us", "eu");

  private final String baseUrl;
  private final String prefix;
  private final String interactions;
  /** The create path's URI, parsed once: the path of most calls. */
  private final URI interactionsUri;

  private Endpoint(String baseUrl, String prefix) {
    this.baseUrl = baseUrl;
    this.prefix = prefix;
    this.interactions = prefix + "/interactions";
    this.interactionsUri = URI.create(baseUrl + interactions);
  }

  /** The Gemini API: {@code {baseUrl}/v1beta/interactions}. */
  static Endpoint gemini(String baseUrl) {
    return new Endpoint(baseUrl, "/v1beta");
  }

  /**
   * The Agent Platform: {@code {baseUrl}/v1beta1/projects/{project}/locations/{location}/…}, or
   * without a project (express mode, API key) {@code {baseUrl}/v1beta1/…}.
   */
  static Endpoint agentPlatform(String baseUrl, String project, String location) {
    String prefix = project == null ? "/v1beta1"
        : "/v1beta1/projects/" + encode(project) + "/locations/" + encode(location);
    return new Endpoint(baseUrl, prefix);
  }

  /**
   * The Agent Platform host of a location: {@code global} (and express mode) on
   * {@code aiplatform.googleapis.com}, {@code us}/{@code eu} on their multi-region hosts, any
   * other region on {@code {region}-aiplatform.googleapis.com}.
   */
  static String platformHost(String location) {
    String where = location == null ? "global" : location.toLowerCase(Locale.ROOT);
    if (where.equals("global")) {
      return "https://aiplatform.googleapis.com";
    }
    return MULTI_REGIONS.contains(where) ? "https://aiplatform." + where + ".rep.googleapis.com"
        : "https://" + where + "-aiplatform.googleapis.com";
  }

  String baseUrl() {
    return baseUrl;
  }

  /** Whether this is the Gemini API, the only one with a Files API (Google's SDKs refuse it elsewhere). */
  boolean isGeminiApi() {
    return !prefix.startsWith("/v1beta1");
  }

  /** The create path. */
  String interactions() {
    return interactions;
  }

  /** One interaction's path. */
  String interaction(String id) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("An interaction id is required");
    }
    return interactions + "/" + encode(id);
  }

  /** A resource collection beside interactions, e.g. {@code environments}, {@code webhooks}. */
  String resource(String name) {
    return prefix + "/" + name;
  }

  URI uri(String path) {
    return path.equals(interactions) ? interactionsUri : URI.create(baseUrl + path);
  }

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return baseUrl + prefix;
  }
}
