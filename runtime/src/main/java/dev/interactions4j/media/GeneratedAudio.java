package dev.interactions4j.media;

import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.MediaData;
import java.nio.file.Path;

/**
 * Audio the model made (speech), with its format.
 *
 * @param data the audio bytes
 * @param mimeType e.g. {@code audio/wav}
 * @param sampleRate samples per second, or null when not given
 * @param channels channel count, or null when not given
 * @param interactionId the interaction that made it
 */
public record GeneratedAudio(MediaData data, String mimeType, Integer sampleRate, Integer channels, String interactionId) {

  /**
   * The first inline audio of the answer.
   *
   * @throws MissingMediaException when it has none
   */
  public static GeneratedAudio from(Interaction answer) {
    for (Content.Audio audio : answer.outputs(Content.Audio.class)) {
      if (audio.data() != null) {
        return new GeneratedAudio(audio.data(), audio.mimeType(), audio.sampleRate(), audio.channels(), answer.id());
      }
    }
    throw new MissingMediaException("audio", answer.id(), answer.text());
  }

  /** The bytes (read into memory; prefer {@link #saveTo} for long audio). */
  public byte[] bytes() {
    return data.bytes();
  }

  /** Writes the audio to {@code file}. */
  public Path saveTo(Path file) {
    return data.saveTo(file);
  }
}
