/**
 * Application Default Credentials for the Agent Platform (Vertex AI) endpoint: {@link
 * dev.interactions4j.adc.AdcCredentials} adapts google-auth-library's {@code GoogleCredentials}
 * to the runtime's {@link dev.interactions4j.Credentials}.
 */
package dev.interactions4j.adc;
