package dev.interactions4j;

import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Input;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.Step;
import dev.interactions4j.wire.StepError;
import dev.interactions4j.wire.TextAnnotation;
import dev.interactions4j.wire.Usage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Continues an answer the server stopped at the per-request decode limit (status {@code
 * requires_continuation} with a {@code continuation_token}): a new create with the token, {@code
 * previous_interaction_id} set to the last hop and no input (with {@code store: false}, the
 * original input again), until the answer ends, at most {@code maxHops} hops and within the
 * call's deadline. The hops are joined into one answer as if it had not been cut: the text split
 * across hops is one text again, usage is summed, and {@link Interaction#continuationIds()} names
 * every hop.
 */
final class Continuation {
  private final int maxHops;

  /** {@code maxHops} continuation hops at most after the first answer; 0 continues nothing. */
  Continuation(int maxHops) {
    if (maxHops < 0) {
      throw new IllegalArgumentException("maxContinuationHops must not be negative but is " + maxHops);
    }
    this.maxHops = maxHops;
  }

  int maxHops() {
    return maxHops;
  }

  /**
   * {@code first} continued to its end through {@code hop}, or as it is when it needs no
   * continuation, when continuation is off, or in the background (the server continues a
   * background interaction itself, and Google's SDK refuses the two together). After {@code
   * maxHops} hops the joined answer is returned still {@code requires_continuation}, with the token
   * to go on by hand.
   *
   * @param deadline the call's deadline ({@link System#nanoTime()}), shared by every hop
   * @throws GeminiTimeoutException when the deadline passes between hops; it names the last hop
   *     and says how to continue from it
   */
  Interaction complete(InteractionRequest request, Interaction first, long deadline,
      Function<InteractionRequest, Interaction> hop) {
    if (maxHops == 0 || !first.requiresContinuation() || Boolean.TRUE.equals(request.background())) {
      return first;
    }
    List<Interaction> hops = new ArrayList<>(List.of(first));
    Interaction last = first;
    while (last.requiresContinuation() && hops.size() <= maxHops) {
      if (System.nanoTime() - deadline >= 0) {
        throw new GeminiTimeoutException("The call's deadline passed after " + hops.size() + " hop(s) of an answer "
            + "cut by the decode limit; continue it with continuation_token from interaction " + last.id()
            + ", or raise callTimeout, which bounds all the hops together", last.id(), null);
      }
      last = hop.apply(next(request, last));
      hops.add(last);
    }
    return join(hops);
  }

  /** The request of the hop after {@code last}. */
  static InteractionRequest next(InteractionRequest request, Interaction last) {
    boolean stored = !Boolean.FALSE.equals(request.store()) && last.id() != null && !last.id().isEmpty();
    if (!stored) {
      // Nothing kept on the server: the original input again, the token says where to go on.
      return request.toBuilder().continuationToken(last.continuationToken()).build();
    }
    return request.toBuilder().continuationToken(last.continuationToken()).previousInteractionId(last.id())
        .input((Input) null).build();
  }

  /** The hops as one answer: the last hop's state, the first hop's origin, everything between joined. */
  static Interaction join(List<Interaction> hops) {
    Interaction first = hops.get(0);
    Interaction last = hops.get(hops.size() - 1);
    List<Step> steps = new ArrayList<>();
    List<StepError> errors = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    Usage usage = Usage.NONE;
    // Each hop's output_text is its part of the text; one hop without it (a stream has none) leaves
    // the joined answer without it too, and its text comes from the joined steps.
    StringBuilder outputText = new StringBuilder();
    boolean everyText = true;
    for (Interaction hop : hops) {
      append(steps, hop.steps(), hop != first);
      errors.addAll(hop.errors());
      usage = usage.plus(hop.usage());
      if (hop.id() != null && !hop.id().isEmpty()) {
        ids.add(hop.id());
      }
      everyText &= hop.outputText() != null;
      outputText.append(hop.outputText() == null ? "" : hop.outputText());
    }
    return new Interaction(last.id(), last.status(), either(last.model(), first.model()),
        either(last.agent(), first.agent()), first.created(), last.updated(), steps, usage,
        first.previousInteractionId(), everyText ? outputText.toString() : null, errors,
        last.continuationToken(), either(last.environmentId(), first.environmentId()),
        last.serviceTier() == null ? first.serviceTier() : last.serviceTier(), ids);
  }

  /** Adds a hop's steps; a later hop's leading user input is the echo of the first's, and is left out. */
  private static void append(List<Step> steps, List<Step> hop, boolean later) {
    int from = 0;
    while (later && from < hop.size() && hop.get(from) instanceof Step.UserInput) {
      from++;
    }
    for (int i = from; i < hop.size(); i++) {
      Step step = hop.get(i);
      int end = steps.size() - 1;
      if (i == from && later && end >= 0 && steps.get(end) instanceof Step.ModelOutput before
          && before.error() == null && step instanceof Step.ModelOutput after) {
        steps.set(end, new Step.ModelOutput(joinContent(before.content(), after.content()), after.error()));
      } else {
        steps.add(step);
      }
    }
  }

  /** The content of an output cut in two: a text cut in two is one text again, its citations moved along. */
  private static List<Content> joinContent(List<Content> before, List<Content> after) {
    List<Content> joined = new ArrayList<>(before);
    if (!before.isEmpty() && !after.isEmpty() && before.get(before.size() - 1) instanceof Content.Text head
        && after.get(0) instanceof Content.Text tail) {
      // Citation indices are UTF-8 byte offsets into the text.
      int shift = head.text() == null ? 0 : head.text().getBytes(StandardCharsets.UTF_8).length;
      List<TextAnnotation> annotations = new ArrayList<>(head.annotations());
      tail.annotations().forEach(annotation -> annotations.add(shifted(annotation, shift)));
      joined.set(joined.size() - 1, new Content.Text(either(head.text(), "") + either(tail.text(), ""), annotations));
      joined.addAll(after.subList(1, after.size()));
    } else {
      joined.addAll(after);
    }
    return joined;
  }

  private static TextAnnotation shifted(TextAnnotation annotation, int shift) {
    if (annotation instanceof TextAnnotation.UrlCitation citation && shift > 0) {
      return new TextAnnotation.UrlCitation(citation.url(), citation.title(),
          citation.startIndex() == null ? null : citation.startIndex() + shift,
          citation.endIndex() == null ? null : citation.endIndex() + shift);
    }
    return annotation;
  }

  private static String either(String preferred, String fallback) {
    return preferred != null ? preferred : fallback;
  }
}
