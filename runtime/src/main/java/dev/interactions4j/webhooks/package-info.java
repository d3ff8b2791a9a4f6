/**
 * Being told instead of polling: {@link dev.interactions4j.webhooks.WebhookVerifier} checks
 * deliveries (Standard Webhooks signatures of project webhooks, the JWT of per-request webhooks),
 * {@link dev.interactions4j.webhooks.WebhookEvent} is what they say, and {@link
 * dev.interactions4j.webhooks.WebhookHandler} serves them from the JDK's {@code HttpServer}.
 */
package dev.interactions4j.webhooks;
