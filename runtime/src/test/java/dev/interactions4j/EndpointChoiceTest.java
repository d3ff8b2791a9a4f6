package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.genai.types.HttpOptions;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** How the builder and the environment pick the endpoint; Google's SDK is the oracle of the hosts. */
class EndpointChoiceTest {
  private static final Credentials TOKEN = Credentials.ofToken("t");

  private static EndpointChoice.Choice choose(EndpointChoice.Settings settings, Map<String, String> environment) {
    return EndpointChoice.choose(settings, environment::get);
  }

  private static EndpointChoice.Settings none() {
    return new EndpointChoice.Settings(null, null, null, null, null, null);
  }

  /** The base URL Google's Java SDK picks for a Vertex client in {@code location} (its package-private default). */
  private static String sdkHost(String location) throws Exception {
    Method defaults = com.google.genai.ApiClient.class.getDeclaredMethod("defaultHttpOptions", boolean.class,
        Optional.class, Optional.class, Optional.class, Optional.class);
    defaults.setAccessible(true);
    HttpOptions options = (HttpOptions) defaults.invoke(null, true, Optional.of(location), Optional.empty(), Optional.empty(),
        Optional.empty());
    String url = options.baseUrl().orElseThrow();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  @ParameterizedTest
  @ValueSource(strings = {"global", "us", "eu", "us-central1", "europe-west4", "asia-northeast1"})
  void theHostOfALocation_isTheOneGooglesSdkPicks(String location) throws Exception {
    assertEquals(sdkHost(location), Endpoint.platformHost(location));
  }

  @Test
  void theEnvironment_selectsTheAgentPlatform_projectAndLocation() {
    EndpointChoice.Choice choice = choose(new EndpointChoice.Settings(null, TOKEN, null, null, null, null), Map.of(
        "GOOGLE_GENAI_USE_VERTEXAI", "true", "GOOGLE_CLOUD_PROJECT", "p", "GOOGLE_CLOUD_LOCATION", "us-central1",
        "GOOGLE_API_KEY", "env-key"));

    assertEquals("https://us-central1-aiplatform.googleapis.com/v1beta1/projects/p/locations/us-central1", choice.endpoint().toString());
    assertTrue(choice.auth().isBearer(), "an environment project beats an environment key");
  }

  @Test
  void enterprise_winsAConflictWithVertexai_andArgumentsBeatTheEnvironment() {
    Map<String, String> conflicting = Map.of("GOOGLE_GENAI_USE_ENTERPRISE", "false", "GOOGLE_GENAI_USE_VERTEXAI", "1",
        "GEMINI_API_KEY", "k");
    assertEquals("https://generativelanguage.googleapis.com/v1beta", choose(none(), conflicting).endpoint().toString());

    EndpointChoice.Choice explicit = choose(new EndpointChoice.Settings(null, TOKEN, "http://127.0.0.1:9", true, "mine", "eu"),
        Map.of("GOOGLE_CLOUD_PROJECT", "theirs", "GOOGLE_VERTEX_BASE_URL", "http://elsewhere"));
    assertEquals("http://127.0.0.1:9/v1beta1/projects/mine/locations/eu", explicit.endpoint().toString());
  }

  @Test
  void withoutAProject_theApiKeyGoesToExpressMode_onTheGlobalHost() {
    EndpointChoice.Choice choice = choose(new EndpointChoice.Settings("k", null, null, true, null, null),
        Map.of("GOOGLE_CLOUD_PROJECT", "p"));

    assertEquals("https://aiplatform.googleapis.com/v1beta1", choice.endpoint().toString());
    assertTrue(!choice.auth().isBearer());
  }

  @Test
  void aProjectWithoutCredentials_isRefusedWithTheFix() {
    GeminiException missing = assertThrows(GeminiException.class,
        () -> choose(new EndpointChoice.Settings(null, null, null, true, "p", "global"), Map.of()));

    assertTrue(missing.getMessage().contains("AdcCredentials.applicationDefault()"), missing.getMessage());
  }
}
