/**
 * Multimodal input and output, inline or by URI (an uploaded {@code GeminiFile}): {@link dev.interactions4j.media.Image}, {@link
 * dev.interactions4j.media.Audio}, {@link dev.interactions4j.media.Video} and {@link
 * dev.interactions4j.media.Document} to send, {@link dev.interactions4j.media.GeneratedImage} and
 * {@link dev.interactions4j.media.GeneratedAudio} received.
 */
package dev.interactions4j.media;
