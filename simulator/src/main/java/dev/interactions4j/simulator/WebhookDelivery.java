package dev.interactions4j.simulator;

/**
 * One delivery the simulator made (or gave up on), for tests to assert.
 *
 * @param uri where it went
 * @param webhookId its {@code webhook-id} (the same for every attempt and for a repeated delivery)
 * @param type the event type, e.g. {@code interaction.completed}
 * @param attempts how many times it was sent
 * @param status the last HTTP status (0: no answer, -1: refused, not a loopback address)
 * @param body the JSON body sent
 */
public record WebhookDelivery(String uri, String webhookId, String type, int attempts, int status, String body) {
  /** Whether a 2xx answer ended it. */
  public boolean delivered() {
    return status / 100 == 2;
  }
}
