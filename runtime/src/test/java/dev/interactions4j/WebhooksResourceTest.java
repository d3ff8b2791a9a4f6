package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.SimulatorExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The webhooks resource over real HTTP: every call, and the one-time secret kept out of toString. */
@Timeout(30)
class WebhooksResourceTest {
  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();

  private final Webhooks webhooks = Clients.client(SIMULATOR.simulator()).webhooks();

  @Test
  void create_list_get_update_ping_rotate_delete() {
    Webhooks.Created created = webhooks.create("http://127.0.0.1:9/hook", List.of("interaction.completed"));
    String id = created.webhook().id();

    assertTrue(created.signingSecret().startsWith("whsec_"));
    assertFalse(created.toString().contains(created.signingSecret()), created.toString());
    assertTrue(webhooks.list(null).webhooks().stream().map(Webhooks.Webhook::id).toList().contains(id));
    Webhooks.Webhook updated = webhooks.update(id, null, List.of("interaction.completed", "interaction.failed"), "disabled");
    assertEquals(List.of("interaction.completed", "interaction.failed"), updated.subscribedEvents());
    assertEquals("disabled", webhooks.get(id).state());
    assertEquals("http://127.0.0.1:9/hook", updated.uri(), "fields outside the update mask stay");
    webhooks.ping(id);
    String rotated = webhooks.rotateSigningSecret(id, false);
    assertNotEquals(created.signingSecret(), rotated);
    assertEquals(2, webhooks.get(id).truncatedSecrets().size());
    webhooks.rotateSigningSecret(id, true);
    assertEquals(1, webhooks.get(id).truncatedSecrets().size(), "revoked at once");
    webhooks.delete(id);
    assertEquals(404, assertThrows(GeminiApiException.class, () -> webhooks.get(id)).httpStatus());
  }

  @Test
  void listing_isPaged() {
    for (int i = 0; i < 3; i++) {
      webhooks.create("http://127.0.0.1:9/hook" + i, List.of("interaction.completed"));
    }

    Webhooks.Page first = webhooks.list(null);

    assertTrue(first.webhooks().size() >= 3);
    assertEquals(null, first.nextPageToken());
  }
}
