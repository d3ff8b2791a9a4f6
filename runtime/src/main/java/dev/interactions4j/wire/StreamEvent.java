package dev.interactions4j.wire;

import tools.jackson.databind.node.ObjectNode;

/**
 * One server-sent event of a streamed interaction; discriminated by {@code event_type}. Every
 * event may carry an {@code event_id} (to resume after it) and {@code metadata.total_usage}.
 */
public sealed interface StreamEvent {

  /** The wire {@code event_type}. */
  String eventType();

  /** The event id to resume after, or null (ordinary model streams may carry none). */
  String eventId();

  /** {@code metadata.total_usage}, or null. */
  Usage totalUsage();

  /**
   * The interaction was created.
   *
   * @param eventId the event id, or null
   * @param totalUsage usage so far, or null
   * @param interaction the interaction (id, status, model or agent)
   */
  record Created(String eventId, Usage totalUsage, Interaction interaction) implements StreamEvent {
    @Override
    public String eventType() {
      return "interaction.created";
    }
  }

  /**
   * The status changed.
   *
   * @param eventId the event id, or null
   * @param totalUsage usage so far, or null
   * @param interactionId the interaction id, or null
   * @param status the new status, or null
   */
  record StatusUpdate(String eventId, Usage totalUsage, String interactionId, InteractionStatus status)
      implements StreamEvent {
    @Override
    public String eventType() {
      return "interaction.status_update";
    }
  }

  /**
   * A step started; its fixed fields come here, the rest in deltas.
   *
   * @param eventId the event id, or null
   * @param totalUsage usage so far, or null
   * @param index the step's index
   * @param step the step as started
   */
  record StepStart(String eventId, Usage totalUsage, int index, Step step) implements StreamEvent {
    @Override
    public String eventType() {
      return "step.start";
    }
  }

  /**
   * A piece of a step.
   *
   * @param eventId the event id, or null
   * @param totalUsage usage so far, or null
   * @param index the step's index
   * @param delta the piece
   */
  record StepDelta(String eventId, Usage totalUsage, int index, Delta delta) implements StreamEvent {
    @Override
    public String eventType() {
      return "step.delta";
    }
  }

  /**
   * A step ended.
   *
   * @param eventId the event id, or null
   * @param totalUsage usage so far, or null
   * @param index the step's index
   * @param usage cumulative usage, or null
   * @param stepUsage what this step alone used ({@code step_usage}), or null
   */
  record StepStop(String eventId, Usage totalUsage, int index, Usage usage, Usage stepUsage) implements StreamEvent {
    @Override
    public String eventType() {
      return "step.stop";
    }
  }

  /**
   * The interaction ended (its final status may be {@code requires_action}). It carries no
   * steps: the output is what the deltas built.
   *
   * @param eventId the event id, or null
   * @param totalUsage usage so far, or null
   * @param interaction id, status, usage, times
   */
  record Completed(String eventId, Usage totalUsage, Interaction interaction) implements StreamEvent {
    @Override
    public String eventType() {
      return "interaction.completed";
    }
  }

  /**
   * The server reported an error inside the stream.
   *
   * @param eventId the event id, or null
   * @param totalUsage usage so far, or null
   * @param error the error
   */
  record Error(String eventId, Usage totalUsage, ApiError error) implements StreamEvent {
    @Override
    public String eventType() {
      return "error";
    }
  }

  /**
   * An event this version does not model, kept raw.
   *
   * @param eventId the event id, or null
   * @param totalUsage usage so far, or null
   * @param eventType the wire event type
   * @param raw the whole event object
   */
  record Unknown(String eventId, Usage totalUsage, String eventType, ObjectNode raw)
      implements StreamEvent {}
}
