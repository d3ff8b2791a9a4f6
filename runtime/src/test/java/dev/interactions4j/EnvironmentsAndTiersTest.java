package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.EnvironmentSetting;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.ServiceTier;
import dev.interactions4j.wire.WebhookConfig;
import dev.interactions4j.wire.WireJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** service_tier, environment and webhook_config typed on requests and answers, over real HTTP. */
@Timeout(30)
class EnvironmentsAndTiersTest {
  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();

  private final GeminiClient client = Clients.client(SIMULATOR.simulator());

  @Test
  void serviceTier_isSent_andReadFromTheAnswer() {
    Interaction answer = client.create(InteractionRequest.model(Clients.MODEL).input("Hi").serviceTier(ServiceTier.FLEX).build());

    assertEquals(ServiceTier.FLEX, answer.serviceTier());
    assertEquals("{\"model\":\"gemini-3-flash-preview\",\"input\":\"Hi\",\"service_tier\":\"flex\"}",
        SIMULATOR.simulator().requests().get(0).bodyText());
  }

  @Test
  void anUnknownServiceTier_inAnAnswer_isKept() {
    Interaction answer = WireJson.readInteraction("{\"id\":\"v1_a\",\"status\":\"completed\",\"service_tier\":\"deferred\"}");

    assertEquals("deferred", answer.serviceTier().value());
    assertFalse(answer.serviceTier().isKnown());
    assertEquals(answer, WireJson.readInteraction(WireJson.toJson(answer)));
  }

  @Test
  void aRemoteEnvironment_isNamedInTheAnswer_continuedIn_andItsFilesDownloaded(@TempDir Path folder) throws Exception {
    Interaction first = client.create(InteractionRequest.model(Clients.MODEL).input("Write a haiku")
        .environment(EnvironmentSetting.remote()).build());
    String environment = first.environmentId();

    Interaction second = client.create(InteractionRequest.model(Clients.MODEL).input("Again")
        .previousInteractionId(first.id()).environment(EnvironmentSetting.existing(environment)).build());

    assertEquals(environment, second.environmentId());
    List<EnvironmentFiles.Entry> files = client.environmentFiles().list(environment, "", true);
    assertEquals(List.of("answer.md"), files.stream().map(EnvironmentFiles.Entry::path).toList());
    assertEquals(second.text(), new String(client.environmentFiles().download(environment, "answer.md"), StandardCharsets.UTF_8));
    Path copy = folder.resolve("answer.md");
    assertEquals(files.get(0).sizeBytes(), client.environmentFiles().download(environment, "/answer.md", copy));
    assertArrayEquals(client.environmentFiles().download(environment, "answer.md"), Files.readAllBytes(copy));
  }

  @Test
  void aConfiguredEnvironment_writesItsSourcesAndNetwork() {
    InteractionRequest request = InteractionRequest.model(Clients.MODEL).input("Read the notes")
        .environment(EnvironmentSetting.remote(List.of(EnvironmentSetting.Source.inline("notes/todo.txt", "ship it")),
            EnvironmentSetting.Network.disabled())).build();

    Interaction answer = client.create(request);

    assertEquals("{\"type\":\"remote\",\"sources\":[{\"type\":\"inline\",\"target\":\"notes/todo.txt\",\"content\":\"ship it\"}],"
        + "\"network\":\"disabled\"}", WireJson.toJson(request.environment().json()));
    assertEquals("ship it", new String(client.environmentFiles().download(answer.environmentId(), "notes/todo.txt"),
        StandardCharsets.UTF_8));
  }

  @Test
  void webhookConfig_isTyped_andRoundTrips() {
    InteractionRequest request = InteractionRequest.agent("deep-research-pro-preview-12-2025").input("Tides").background(true)
        .webhookConfig(WebhookConfig.of("http://127.0.0.1:9/hook").withUserMetadata(Map.of("job", "42"))).build();

    String json = new String(WireJson.write(request), StandardCharsets.UTF_8);

    assertEquals("{\"agent\":\"deep-research-pro-preview-12-2025\",\"input\":\"Tides\",\"background\":true,"
        + "\"webhook_config\":{\"uris\":[\"http://127.0.0.1:9/hook\"],\"user_metadata\":{\"job\":\"42\"}}}", json);
    assertEquals(request.webhookConfig(), WireJson.readRequest(json).webhookConfig());
  }
}
