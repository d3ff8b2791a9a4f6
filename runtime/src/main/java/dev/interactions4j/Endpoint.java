package dev.interactions4j;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Where each call goes: the base URL and the path of each resource, on the Gemini API
 * ({@code /v1beta/interactions}, or {@code /v1/...}) or on the Agent Platform
 * ({@code /v1beta1/projects/{project}/locations/{location}/interactions}, or {@code
 * /v1beta1/interactions} in express mode; {@code /v1/...} too), the version being the client's
 * {@link ApiVersion}. The one place that decides them.
 */
final class Endpoint {
  static final String GEMINI_HOST = "https://generativelanguage.googleapis.com";
  /**
   * The Files API's upload path, whatever the client's version: Google's Python and JS SDKs
   * hard-code it ({@code upload/v1beta/files}), and the files it makes are served under every version.
   */
  static final String FILES_UPLOAD = "/upload/v1beta/files";
  /** Locations served from a multi-region host ({@code aiplatform.us.rep...}), as in Google's SDKs. */
  private static final Set<String> MULTI_REGIONS = Set.of("us", "eu");

  private final String baseUrl;
  private final String prefix;
  private final ApiVersion version;
  private final boolean geminiApi;
  private final String interactions;
  /** The create path's URI, parsed once: the path of most calls. */
  private final URI interactionsUri;

  private Endpoint(String baseUrl, String prefix, ApiVersion version, boolean geminiApi) {
    this.baseUrl = baseUrl;
    this.geminiApi = geminiApi;
    this.prefix = prefix;
    this.version = version;
    this.interactions = prefix + "/interactions";
    this.interactionsUri = URI.create(baseUrl + interactions);
  }

  /** The Gemini API on its default version: {@code {baseUrl}/v1beta/interactions}. */
  static Endpoint gemini(String baseUrl) {
    return gemini(baseUrl, ApiVersion.V1BETA);
  }

  /** The Gemini API: {@code {baseUrl}/{version}/interactions}. */
  static Endpoint gemini(String baseUrl, ApiVersion version) {
    return new Endpoint(baseUrl, "/" + version.value(), version, true);
  }

  /** The Agent Platform on its default version, {@code v1beta1}. */
  static Endpoint agentPlatform(String baseUrl, String project, String location) {
    return agentPlatform(baseUrl, project, location, ApiVersion.V1BETA1);
  }

  /**
   * The Agent Platform: {@code {baseUrl}/{version}/projects/{project}/locations/{location}/…}, or
   * without a project (express mode, API key) {@code {baseUrl}/{version}/…}.
   */
  static Endpoint agentPlatform(String baseUrl, String project, String location, ApiVersion version) {
    String prefix = project == null ? "/" + version.value()
        : "/" + version.value() + "/projects/" + encode(project) + "/locations/" + encode(location);
    return new Endpoint(baseUrl, prefix, version, false);
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

  /** The API version of every path but the Files upload. */
  ApiVersion version() {
    return version;
  }

  /** Whether this is the Gemini API, the only one with a Files API (Google's SDKs refuse it elsewhere). */
  boolean isGeminiApi() {
    return geminiApi;
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
