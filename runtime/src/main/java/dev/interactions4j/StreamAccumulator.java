package dev.interactions4j;

import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Delta;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionStatus;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.StreamEvent;
import dev.interactions4j.wire.TextAnnotation;
import dev.interactions4j.wire.Usage;
import dev.interactions4j.wire.WireJson;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the final {@link Interaction} from stream events: steps from {@code step.start} and the
 * deltas that follow (text concatenated, argument chunks concatenated then parsed, citations,
 * images), status and usage from {@code interaction.completed}, which carries no steps.
 */
final class StreamAccumulator {
  private final TreeMap<Integer, StepBuilder> steps = new TreeMap<>();
  private final StringBuilder text = new StringBuilder();
  private Interaction header;
  private InteractionStatus status;
  private Usage usage = Usage.NONE;
  private Interaction whole;

  /** Takes one event into account. */
  void accept(StreamEvent event) {
    if (event instanceof StreamEvent.Created created) {
      header = created.interaction();
      status = created.interaction().status();
    } else if (event instanceof StreamEvent.StatusUpdate update && update.status() != null) {
      status = update.status();
    } else if (event instanceof StreamEvent.StepStart start) {
      steps.put(start.index(), new StepBuilder(start.step()));
    } else if (event instanceof StreamEvent.StepDelta delta) {
      steps.computeIfAbsent(delta.index(), index -> new StepBuilder(new Step.ModelOutput(List.of(), null)))
          .add(delta.delta());
      if (delta.delta() instanceof Delta.Text chunk && chunk.text() != null) {
        text.append(chunk.text());
      }
    } else if (event instanceof StreamEvent.StepStop stop && stop.usage() != null) {
      usage = stop.usage();
    } else if (event instanceof StreamEvent.Completed completed) {
      Interaction done = completed.interaction();
      header = header == null ? done : header;
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
    return header == null ? null : header.id();
  }

  /** The interaction as the events built it. */
  Interaction result() {
    if (whole != null) {
      return whole;
    }
    List<Step> built = new ArrayList<>();
    steps.values().forEach(builder -> built.add(builder.build()));
    Interaction base = header == null
        ? new Interaction(null, null, null, null, null, null, List.of(), null, null, null, List.of(), null)
        : header;
    return new Interaction(base.id(), status, base.model(), base.agent(), base.created(), base.updated(),
        built, usage, base.previousInteractionId(), null, base.errors(), base.continuationToken());
  }

  /** One step under construction. */
  private static final class StepBuilder {
    private final Step start;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder arguments = new StringBuilder();
    private final List<TextAnnotation> annotations = new ArrayList<>();
    private final List<Content> content = new ArrayList<>();
    private String signature;

    StepBuilder(Step start) {
      this.start = start;
    }

    void add(Delta delta) {
      if (delta instanceof Delta.Text chunk) {
        text.append(chunk.text() == null ? "" : chunk.text());
      } else if (delta instanceof Delta.Arguments chunk) {
        arguments.append(chunk.arguments());
      } else if (delta instanceof Delta.Annotations more) {
        annotations.addAll(more.annotations());
      } else if (delta instanceof Delta.Image image) {
        flushText();
        content.add(Content.image(image.mimeType(), image.data()));
      } else if (delta instanceof Delta.ThoughtSignature thought) {
        signature = thought.signature();
      } else if (delta instanceof Delta.ThoughtSummary summary && summary.content() != null) {
        content.add(summary.content());
      }
    }

    private void flushText() {
      if (text.length() > 0 || !annotations.isEmpty()) {
        content.add(new Content.Text(text.toString(), annotations));
        text.setLength(0);
        annotations.clear();
      }
    }

    Step build() {
      if (start instanceof Step.FunctionCall call) {
        ObjectNode parsed = arguments.length() == 0 ? call.arguments() : WireJson.readObject(arguments.toString());
        return new Step.FunctionCall(call.id(), call.name(), parsed, nonEmpty(signature, call.signature()));
      }
      if (start instanceof Step.Thought thought) {
        List<Content> summary = new ArrayList<>(thought.summary());
        summary.addAll(content);
        return new Step.Thought(nonEmpty(signature, thought.signature()), summary);
      }
      if (start instanceof Step.ModelOutput output) {
        flushText();
        List<Content> all = new ArrayList<>(output.content());
        all.addAll(content);
        return new Step.ModelOutput(all, output.error());
      }
      return start;
    }

    private static String nonEmpty(String preferred, String fallback) {
      return preferred != null && !preferred.isEmpty() ? preferred : fallback;
    }
  }
}
