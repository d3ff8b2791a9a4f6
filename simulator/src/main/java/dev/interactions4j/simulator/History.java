package dev.interactions4j.simulator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * A whole turn history sent as input, as a {@code store: false} client must send it: what the
 * conversation knew, which calls are still open, and whether the model's signatures came back
 * unchanged (the API refuses a history whose thought signatures were altered or dropped).
 */
final class History {
  private static final Set<String> MODEL_STEPS = Set.of("model_output", "thought", "function_call",
      "google_search_call", "google_search_result", "url_context_call", "url_context_result", "code_execution_call",
      "code_execution_result", "mcp_server_tool_call", "mcp_server_tool_result", "file_search_call",
      "file_search_result", "google_maps_call", "google_maps_result");

  private History() {}

  /** Whether {@code input} replays a history rather than starting one turn: it holds model steps. */
  static boolean isHistory(List<ObjectNode> input) {
    return input.stream().anyMatch(step -> MODEL_STEPS.contains(type(step)));
  }

  /** The part of the history the model answers now: the trailing function results, or the last step. */
  static List<ObjectNode> newInput(List<ObjectNode> history) {
    int start = history.size();
    while (start > 0 && type(history.get(start - 1)).equals("function_result")) {
      start--;
    }
    return history.subList(start == history.size() ? history.size() - 1 : start, history.size());
  }

  /**
   * A transient turn standing for everything before the new input: the facts the user gave, the
   * user's last words, and the function calls not answered before the new input.
   */
  static Turn asTurn(ObjectNode request, List<ObjectNode> history) {
    List<ObjectNode> before = history.subList(0, history.size() - newInput(history).size());
    Turn turn = new Turn(null, "", request, null, InteractionEngine.now(), before);
    Set<String> answered = new HashSet<>();
    for (ObjectNode step : before) {
      switch (type(step)) {
        case "user_input" -> {
          turn.userText = ScriptedModel.userText(List.of(step));
          ScriptedModel.converse(turn.userText, turn.facts);
          turn.pendingCalls.clear();
        }
        case "function_call" -> turn.pendingCalls.put(step.path("id").asString(""), step.path("name").asString(""));
        case "function_result" -> answered.add(step.path("call_id").asString(""));
        default -> { }
      }
    }
    turn.pendingCalls.keySet().removeAll(answered);
    return turn;
  }

  /**
   * Refuses a history whose signatures the simulator did not issue, or whose function calls lost
   * their thought signature when the request thinks. Based on Google's rule for thinking models
   * (Gemini 3 function calling): every signature must come back exactly as the model gave it, and a
   * function call of the current turn (the steps after the last {@code user_input}) without its
   * signature is a 400; calls of earlier turns are not checked. A call's signature is its own
   * {@code signature} or that of a thought step before it since the last result (parallel calls
   * share the first one's, sequential calls each have their own).
   */
  static void checkSignatures(ObjectNode request, List<ObjectNode> history, Set<String> issued) throws ApiFailure {
    boolean thinking = request.path("generation_config").has("thinking_level");
    int currentTurn = 0;
    for (int i = 0; i < history.size(); i++) {
      if (type(history.get(i)).equals("user_input")) {
        currentTurn = i;
      }
    }
    boolean thought = false;
    for (int i = 0; i < history.size(); i++) {
      ObjectNode step = history.get(i);
      String signature = step.path("signature").asString("");
      if (!signature.isEmpty() && !issued.contains(signature)) {
        throw ApiFailure.invalid("Invalid 'signature' in a " + type(step) + " step of the input: it must be "
            + "sent back exactly as the model returned it");
      }
      switch (type(step)) {
        case "user_input", "function_result" -> thought = false;
        case "thought" -> thought = thought || !signature.isEmpty();
        case "function_call" -> {
          if (thinking && i > currentTurn && !thought && signature.isEmpty()) {
            throw ApiFailure.invalid("Function call '" + step.path("name").asString("") + "' in the input has no "
                + "thought signature before it; send the thought step the model returned with it");
          }
        }
        default -> { }
      }
    }
  }

  private static String type(ObjectNode step) {
    return step.path("type").asString("");
  }
}
