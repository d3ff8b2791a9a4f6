package dev.interactions4j;

import dev.interactions4j.wire.Delta;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionStatus;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.StreamEvent;
import dev.interactions4j.wire.StreamedStep;
import dev.interactions4j.wire.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Builds the final {@link Interaction} from stream events: each step from its {@code step.start}
 * and deltas (see {@link StreamedStep}, which makes it equal the unary answer's step), and the
 * rest from {@code interaction.completed} (status, times, usage, service tier, environment), which
 * carries no steps, falling back to the header and to the last usage a {@code step.stop} or an
 * event's {@code metadata.total_usage} gave.
 */
final class StreamAccumulator {
  private final TreeMap<Integer, StreamedStep> steps = new TreeMap<>();
  private final StringBuilder text = new StringBuilder();
  private Interaction header;
  private Interaction completion;
  private InteractionStatus status;
  private Usage usage = Usage.NONE;
  private Interaction whole;

  /** Takes one event into account. */
  void accept(StreamEvent event) {
    if (event.totalUsage() != null) {
      usage = event.totalUsage();
    }
    if (event instanceof StreamEvent.Created created) {
      header = created.interaction();
      status = created.interaction().status();
    } else if (event instanceof StreamEvent.StatusUpdate update && update.status() != null) {
      status = update.status();
    } else if (event instanceof StreamEvent.StepStart start) {
      steps.put(start.index(), new StreamedStep(start.step()));
    } else if (event instanceof StreamEvent.StepDelta delta) {
      steps.computeIfAbsent(delta.index(), index -> StreamedStep.unstarted()).add(delta.delta());
      if (delta.delta() instanceof Delta.Text chunk && chunk.text() != null) {
        text.append(chunk.text());
      }
    } else if (event instanceof StreamEvent.StepStop stop && stop.usage() != null) {
      usage = stop.usage();
    } else if (event instanceof StreamEvent.Completed completed) {
      Interaction done = completed.interaction();
      completion = done;
      status = done.status() == null ? status : done.status();
      usage = done.usage().equals(Usage.NONE) ? usage : done.usage();
      // A completion fetched whole after a broken stream carries its steps: they win.
      whole = done.steps().isEmpty() ? null : done;
    }
  }

  /** The text received so far. */
  String text() {
    return whole != null ? whole.text() : text.toString();
  }

  /** The id named by the stream, or null before {@code interaction.created}. */
  String interactionId() {
    return header != null ? header.id() : completion == null ? null : completion.id();
  }

  /** The interaction as the events built it. */
  Interaction result() {
    if (whole != null) {
      return whole;
    }
    List<Step> built = new ArrayList<>();
    steps.values().forEach(step -> built.add(step.build()));
    Interaction last = completion != null ? completion : header;
    Interaction first = header != null ? header : completion;
    if (last == null) {
      return new Interaction(null, status, null, null, null, null, built, usage, null, null, List.of(), null, null, null);
    }
    return new Interaction(either(last.id(), first.id()), status, either(last.model(), first.model()),
        either(last.agent(), first.agent()), either(last.created(), first.created()),
        either(last.updated(), first.updated()), built, usage,
        either(last.previousInteractionId(), first.previousInteractionId()), last.outputText(), last.errors(),
        last.continuationToken(), either(last.environmentId(), first.environmentId()),
        last.serviceTier() != null ? last.serviceTier() : first.serviceTier());
  }

  // A store: false stream names its interaction "" where the unary answer has no id at all.
  private static String either(String preferred, String fallback) {
    String value = preferred != null && !preferred.isEmpty() ? preferred : fallback;
    return value == null || value.isEmpty() ? null : value;
  }
}
