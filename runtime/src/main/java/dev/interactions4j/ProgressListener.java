package dev.interactions4j;

import dev.interactions4j.wire.InteractionStatus;
import java.time.Duration;

/** Told about each poll of a background interaction. */
@FunctionalInterface
public interface ProgressListener {

  /**
   * One poll's outcome.
   *
   * @param interactionId the interaction
   * @param status its status now
   * @param elapsed time since awaiting began
   * @param polls polls so far, this one included
   */
  record Progress(String interactionId, InteractionStatus status, Duration elapsed, int polls) {}

  /** Called after each poll, on the awaiting thread. */
  void onProgress(Progress progress);

  /** A listener that ignores progress. */
  static ProgressListener none() {
    return progress -> {};
  }
}
