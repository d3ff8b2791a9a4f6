package dev.interactions4j;

import java.util.Locale;
import java.util.function.Function;

/**
 * Picks the endpoint and the credential of a client from what the builder was told and the
 * environment variables Google's SDKs read, in their order: arguments first; then
 * {@code GOOGLE_GENAI_USE_ENTERPRISE} (or {@code GOOGLE_GENAI_USE_VERTEXAI}) for the Agent
 * Platform, where {@code GOOGLE_CLOUD_PROJECT}/{@code GOOGLE_CLOUD_LOCATION} beat an API key from
 * the environment; the key from {@code GOOGLE_API_KEY}, else {@code GEMINI_API_KEY}. The API
 * version is the builder's, else {@code v1beta} (Gemini API) or {@code v1beta1} (Agent Platform).
 */
final class EndpointChoice {
  /** What the builder was told; null where it was told nothing. */
  record Settings(String apiKey, Credentials credentials, String baseUrl, Boolean agentPlatform, String project,
      String location, ApiVersion apiVersion) {
    /** Settings with the endpoint's default API version. */
    Settings(String apiKey, Credentials credentials, String baseUrl, Boolean agentPlatform, String project, String location) {
      this(apiKey, credentials, baseUrl, agentPlatform, project, location, null);
    }
  }

  /** The outcome. */
  record Choice(Endpoint endpoint, ClientAuth auth) {}

  private EndpointChoice() {}

  static Choice choose(Settings settings, Function<String, String> environment) {
    boolean platform = settings.agentPlatform() != null ? settings.agentPlatform() : platformFromEnvironment(environment);
    return platform ? agentPlatform(settings, environment) : gemini(settings, environment);
  }

  private static Choice gemini(Settings settings, Function<String, String> environment) {
    String fromEnvironment = value(environment, "GEMINI_BASE_URL");
    String url = base(settings.baseUrl(), fromEnvironment != null ? fromEnvironment : environment.apply("GOOGLE_GEMINI_BASE_URL"),
        Endpoint.GEMINI_HOST);
    ApiVersion version = settings.apiVersion() != null ? settings.apiVersion() : ApiVersion.V1BETA;
    if (!version.servedByGeminiApi()) {
      throw new GeminiException("API version " + version + " is the Agent Platform's; the Gemini API serves v1 and v1beta");
    }
    if (settings.credentials() != null && settings.apiKey() == null) {
      return new Choice(Endpoint.gemini(url, version), ClientAuth.bearer(settings.credentials()));
    }
    String key = key(settings, environment);
    if (key == null && !BaseUrl.isLoopback(url)) {
      throw new GeminiException("No API key: set the GOOGLE_API_KEY or GEMINI_API_KEY environment variable or call"
          + " apiKey(...) (a loopback base URL, such as a local simulator's, needs none)");
    }
    return new Choice(Endpoint.gemini(url, version), ClientAuth.apiKey(key));
  }

  private static Choice agentPlatform(Settings settings, Function<String, String> environment) {
    boolean keyGiven = settings.apiKey() != null && settings.project() == null;
    String project = settings.project() != null ? settings.project() : keyGiven ? null : value(environment, "GOOGLE_CLOUD_PROJECT");
    String location = settings.location() != null ? settings.location() : value(environment, "GOOGLE_CLOUD_LOCATION");
    ApiVersion version = settings.apiVersion() != null ? settings.apiVersion() : ApiVersion.V1BETA1;
    if (!version.servedByAgentPlatform()) {
      throw new GeminiException("API version " + version + " is the Gemini API's; the Agent Platform serves v1 and v1beta1");
    }
    if (project == null) {
      // Express mode: an API key, the global host, no project in the path.
      String key = key(settings, environment);
      String url = base(settings.baseUrl(), environment.apply("GOOGLE_VERTEX_BASE_URL"), Endpoint.platformHost("global"));
      if (key == null && !BaseUrl.isLoopback(url)) {
        throw new GeminiException("The Agent Platform needs a project (agentPlatform(project, location) or"
            + " GOOGLE_CLOUD_PROJECT) with credentials, or an API key for express mode");
      }
      return new Choice(Endpoint.agentPlatform(url, null, null, version), ClientAuth.apiKey(key));
    }
    if (settings.credentials() == null) {
      throw new GeminiException("The Agent Platform project '" + project + "' needs credentials: call credentials("
          + "AdcCredentials.applicationDefault()) from interactions4j-adc, or credentials(Credentials.ofToken(...))");
    }
    String where = location == null ? "global" : location;
    String url = base(settings.baseUrl(), environment.apply("GOOGLE_VERTEX_BASE_URL"), Endpoint.platformHost(where));
    return new Choice(Endpoint.agentPlatform(url, project, where, version), ClientAuth.bearer(settings.credentials()));
  }

  /** {@code GOOGLE_GENAI_USE_ENTERPRISE} wins a conflict with {@code GOOGLE_GENAI_USE_VERTEXAI}. */
  private static boolean platformFromEnvironment(Function<String, String> environment) {
    String enterprise = value(environment, "GOOGLE_GENAI_USE_ENTERPRISE");
    return enterprise != null ? isTrue(enterprise) : isTrue(value(environment, "GOOGLE_GENAI_USE_VERTEXAI"));
  }

  private static boolean isTrue(String value) {
    return value != null && (value.toLowerCase(Locale.ROOT).equals("true") || value.equals("1"));
  }

  /** {@code GOOGLE_API_KEY} wins when both are set, with a warning, as in Google's SDKs. */
  private static String key(Settings settings, Function<String, String> environment) {
    if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
      return settings.apiKey();
    }
    String google = value(environment, "GOOGLE_API_KEY");
    String gemini = value(environment, "GEMINI_API_KEY");
    if (google != null && gemini != null && !google.equals(gemini)) {
      System.getLogger("dev.interactions4j").log(System.Logger.Level.WARNING,
          "Both GOOGLE_API_KEY and GEMINI_API_KEY are set; using GOOGLE_API_KEY");
    }
    return google != null ? google : gemini;
  }

  private static String base(String given, String fromEnvironment, String fallback) {
    return BaseUrl.check(given != null && !given.isBlank() ? given
        : fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : fallback);
  }

  private static String value(Function<String, String> environment, String name) {
    String value = environment.apply(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
