package dev.interactions4j.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The per-request decode limit: a text answer longer than the limit is sent in hops, each ending
 * with status {@code requires_continuation} and a {@code continuation_token} that names where the
 * next hop starts. The token carries the offset itself, so a {@code store: false} continuation
 * (which resends the original input) needs nothing kept on the server.
 */
final class DecodeLimit {
  private static final String PREFIX = "ct_";

  /**
   * One hop of an answer.
   *
   * @param outcome what this hop answers
   * @param token the token of the next hop, or null for the last
   */
  record Hop(Turn.Outcome outcome, String token) {}

  private DecodeLimit() {}

  /** Whether an answer can be cut: its last step is one text, and nothing follows it. */
  static boolean cuttable(Turn.Outcome outcome) {
    List<ObjectNode> steps = outcome.steps();
    if (!"completed".equals(outcome.status()) || steps.isEmpty() || outcome.text() == null) {
      return false;
    }
    ObjectNode last = steps.get(steps.size() - 1);
    return "model_output".equals(last.path("type").asString("")) && last.path("content").size() == 1
        && outcome.text().equals(last.path("content").path(0).path("text").asString(null));
  }

  /**
   * The hop of {@code whole} that starts at {@code offset}; the first hop keeps the steps before
   * the text (thoughts), later hops are the text alone.
   */
  static Hop hop(Turn.Outcome whole, int offset, int limit) {
    String text = whole.text();
    int end = limit <= 0 ? text.length() : Tokens.endAfter(text, offset, limit);
    String part = text.substring(offset, end);
    List<ObjectNode> steps = new ArrayList<>(offset == 0 ? whole.steps().subList(0, whole.steps().size() - 1) : List.of());
    ObjectNode output = JsonNodeFactory.instance.objectNode();
    output.put("type", "model_output");
    output.putArray("content").add(ScriptedModel.textContent(part));
    steps.add(output);
    boolean last = end == text.length();
    Turn.Outcome outcome = new Turn.Outcome(last ? whole.status() : "requires_continuation", steps, part, null,
        Tokens.count(part));
    return new Hop(outcome, last ? null : token(end));
  }

  /** The offset a token names, or -1 if it is not one of ours. */
  static int offset(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return -1;
    }
    try {
      return Integer.parseInt(new String(Base64.getUrlDecoder().decode(token.substring(PREFIX.length())), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  private static String token(int offset) {
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(Integer.toString(offset).getBytes(StandardCharsets.UTF_8));
  }
}
