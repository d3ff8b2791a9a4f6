/**
 * interactions4j's user API: {@link dev.interactions4j.GeminiClient} and its builder, {@link
 * dev.interactions4j.Conversation}, {@link dev.interactions4j.InteractionStream}, {@link
 * dev.interactions4j.BackgroundTask}, the results ({@link dev.interactions4j.Reply}, {@link
 * dev.interactions4j.Report}), the policies and the exceptions.
 *
 * <p>The annotations live with what they describe: {@code dev.interactions4j.schema} (structured
 * output), {@code dev.interactions4j.tools} (function calling), {@code dev.interactions4j.service}
 * (generated services); media in {@code dev.interactions4j.media}, the wire model in {@code
 * dev.interactions4j.wire}. {@code dev.interactions4j.internal} is for generated code only.
 */
package dev.interactions4j;
