package dev.interactions4j.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The simulator's server side: validates requests, runs the scripted model, keeps the store. */
final class InteractionEngine {
  /** Stored history at least this long is reported as cached, as the implicit cache would. */
  static final int CACHE_THRESHOLD_TOKENS = 32;
  /** The tiers the API documents, and {@code deferred}, which its SDK's enum has too. */
  private static final List<String> SERVICE_TIERS = List.of("flex", "standard", "priority", "deferred");

  private final Map<String, Turn> store = new ConcurrentHashMap<>();
  /** Every signature the model gave, so a replayed history can be checked against them. */
  private final Set<String> signatures = ConcurrentHashMap.newKeySet();
  private final AtomicInteger created = new AtomicInteger();
  private final Ids ids;
  private final ScriptedModel model;
  private final IntSupplier decodeTokenLimit;
  private final FileReferences files;
  private volatile Duration backgroundDuration;

  InteractionEngine(Ids ids, RedirectHost redirects, Duration backgroundDuration, IntSupplier decodeTokenLimit,
      FileReferences files) {
    this.ids = ids;
    this.decodeTokenLimit = decodeTokenLimit;
    this.files = files;
    this.model = new ScriptedModel(ids, redirects, files);
    this.backgroundDuration = backgroundDuration;
  }

  void backgroundDuration(Duration value) {
    backgroundDuration = value;
  }

  int createdCount() {
    return created.get();
  }

  Turn create(ObjectNode request) throws ApiFailure {
    boolean hasModel = request.path("model").isString();
    boolean hasAgent = request.path("agent").isString();
    if (hasModel == hasAgent) {
      throw ApiFailure.invalid("Exactly one of 'model' and 'agent' must be set");
    }
    checkServiceTier(request.get("service_tier"));
    files.check(request.get("input"));
    boolean store = request.path("store").asBoolean(true);
    boolean background = request.path("background").asBoolean(false);
    if (hasAgent) {
      checkAgent(request.get("agent").asString(), background, store);
    }
    if (background && !store) {
      throw ApiFailure.invalid("'background' requires 'store' to be true");
    }
    // The reference: "store ... needed for previous_interaction_id". A turn that is not kept cannot
    // join a kept chain either; a store: false client sends the whole history as input instead.
    if (!store && request.hasNonNull("previous_interaction_id")) {
      throw ApiFailure.invalid("'previous_interaction_id' requires 'store' to be true; with 'store' false "
          + "send the whole history as 'input' steps");
    }
    Turn previous = previous(request);
    List<ObjectNode> input = Requests.inputSteps(request.get("input"));
    // Without a stored previous turn, an input holding model steps is the whole history (store: false).
    boolean replay = previous == null && History.isHistory(input);
    if (replay) {
      History.checkSignatures(request, input, signatures);
    }
    Turn asked = replay ? History.asTurn(request, input) : previous;
    List<ObjectNode> fresh = replay ? History.newInput(input) : input;
    String continuation = request.path("continuation_token").asString(null);
    if (continuation == null) {
      checkResults(asked, fresh);
    }
    String chain = previous == null ? ids.newChain() : previous.chain;
    String id = store ? ids.turn(chain) : null;
    Turn turn = new Turn(id, chain, request.deepCopy(), previous == null ? null : previous.id, now(), input);
    if (asked != null) {
      turn.facts.putAll(asked.facts);
    }
    turn.userText = (ScriptedModel.isFunctionResults(fresh) || fresh.isEmpty()) && asked != null
        ? asked.userText : ScriptedModel.userText(fresh);
    Turn.Outcome outcome = continuation != null
        ? continued(request, previous, fresh, asked, turn, continuation)
        : firstHop(model.respond(request, fresh, turn.facts, asked), turn, background);
    outcome.steps().forEach(step -> signatures.add(step.path("signature").asString("")));
    int history = previous == null ? 0 : previous.contextTokens;
    int inputTokens = history + inputTokens(input);
    turn.contextTokens = inputTokens + outcome.outputTokens();
    turn.usage = UsageReport.of(inputTokens, outcome.outputTokens(), history >= CACHE_THRESHOLD_TOKENS ? history : 0,
        outcome.steps());
    if (background) {
      turn.status = "in_progress";
      turn.pending = outcome;
      turn.completesAt = System.currentTimeMillis() + backgroundDuration.toMillis();
    } else {
      turn.apply(outcome);
    }
    created.incrementAndGet();
    if (id != null) {
      this.store.put(id, turn);
    }
    return turn;
  }

  /** The answer, or its first hop when it is longer than the decode limit (never in the background). */
  private Turn.Outcome firstHop(Turn.Outcome whole, Turn turn, boolean background) {
    int limit = decodeTokenLimit.getAsInt();
    if (background || limit <= 0 || !DecodeLimit.cuttable(whole)) {
      return whole;
    }
    DecodeLimit.Hop hop = DecodeLimit.hop(whole, 0, limit);
    turn.continues = whole;
    turn.continuationToken = hop.token();
    return hop.outcome();
  }

  /**
   * The next hop of an answer cut by the decode limit: kept by the previous turn, or, with
   * {@code store: false}, answered again from the original input the client resends.
   */
  private Turn.Outcome continued(ObjectNode request, Turn previous, List<ObjectNode> input, Turn asked, Turn turn,
      String token) throws ApiFailure {
    int offset = DecodeLimit.offset(token);
    Turn.Outcome whole;
    if (previous != null) {
      if (!token.equals(previous.continuationToken) || previous.continues == null) {
        throw ApiFailure.invalid("'continuation_token' does not continue interaction '" + previous.id + "'");
      }
      if (!input.isEmpty()) {
        throw ApiFailure.invalid("A continuation of a stored interaction sends no 'input'");
      }
      whole = previous.continues;
    } else {
      if (input.isEmpty()) {
        throw ApiFailure.invalid("A continuation without 'previous_interaction_id' sends the original 'input' again");
      }
      whole = model.respond(request, input, turn.facts, asked);
    }
    if (offset < 0 || !DecodeLimit.cuttable(whole) || offset > whole.text().length()) {
      throw ApiFailure.invalid("Invalid 'continuation_token'");
    }
    DecodeLimit.Hop hop = DecodeLimit.hop(whole, offset, decodeTokenLimit.getAsInt());
    if (hop.token() != null) {
      turn.continues = whole;
      turn.continuationToken = hop.token();
    }
    return hop.outcome();
  }

  private static int inputTokens(List<ObjectNode> input) {
    int tokens = 0;
    for (ObjectNode step : input) {
      tokens += "user_input".equals(step.path("type").asString(""))
          ? Tokens.count(ScriptedModel.userText(List.of(step))) : Tokens.count(step.path("result").toString());
    }
    return tokens;
  }

  private static void checkServiceTier(JsonNode tier) throws ApiFailure {
    if (tier != null && !(tier.isString() && SERVICE_TIERS.contains(tier.asString()))) {
      throw ApiFailure.invalid("Invalid value at 'service_tier' (" + tier + "); expected one of " + SERVICE_TIERS);
    }
  }

  private static void checkAgent(String agent, boolean background, boolean store) throws ApiFailure {
    if (!agent.startsWith("deep-research")) {
      throw ApiFailure.notFound("Agent '" + agent + "' is not found; the simulator offers deep-research-* agents");
    }
    if (!background) {
      throw ApiFailure.invalid("Agent '" + agent + "' runs only in the background; set 'background' to true");
    }
    if (!store) {
      throw ApiFailure.invalid("Agent interactions must be stored; do not set 'store' to false");
    }
  }

  private Turn previous(ObjectNode request) throws ApiFailure {
    JsonNode previousId = request.get("previous_interaction_id");
    if (previousId == null || previousId.isNull()) {
      return null;
    }
    Turn previous = store.get(previousId.asString());
    if (previous == null) {
      throw ApiFailure.notFound("Interaction '" + previousId.asString() + "' not found");
    }
    return previous;
  }

  private static void checkResults(Turn previous, List<ObjectNode> input) throws ApiFailure {
    boolean results = ScriptedModel.isFunctionResults(input);
    List<String> pending = previous == null ? List.of() : previous.pendingCallIds();
    if (!results && pending.isEmpty()) {
      return;
    }
    if (!results) {
      throw ApiFailure.invalid("Interaction '" + previous.id + "' awaits function results for " + pending
          + "; send one function_result per call");
    }
    Set<String> answered = new HashSet<>();
    for (ObjectNode result : input) {
      String callId = result.path("call_id").asString("");
      if (!pending.contains(callId) || !answered.add(callId)) {
        throw ApiFailure.invalid("function_result call_id '" + callId + "' does not answer a pending call "
            + "exactly once; pending calls: " + pending);
      }
    }
    if (answered.size() != pending.size()) {
      throw ApiFailure.invalid("Expected " + pending.size() + " function results (for " + pending
          + ") but got " + answered.size());
    }
  }

  Turn get(String id) throws ApiFailure {
    Turn turn = store.get(id);
    if (turn == null) {
      throw ApiFailure.notFound("Interaction '" + id + "' not found");
    }
    Turn.Outcome pending = turn.pending;
    if (pending != null && "in_progress".equals(turn.status) && System.currentTimeMillis() >= turn.completesAt) {
      synchronized (turn) {
        if (turn.pending != null) {
          turn.apply(pending);
          turn.pending = null;
          turn.updated = now();
        }
      }
    }
    return turn;
  }

  Turn cancel(String id) throws ApiFailure {
    Turn turn = get(id);
    synchronized (turn) {
      if (!"in_progress".equals(turn.status)) {
        throw new ApiFailure(400, "FAILED_PRECONDITION", "Interaction '" + id + "' is " + turn.status
            + "; only background interactions in progress can be cancelled");
      }
      turn.pending = null;
      turn.status = "cancelled";
      turn.updated = now();
    }
    return turn;
  }

  void delete(String id) throws ApiFailure {
    if (store.remove(id) == null) {
      throw ApiFailure.notFound("Interaction '" + id + "' not found");
    }
  }

  static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  Map<String, Turn> snapshot() {
    return new LinkedHashMap<>(store);
  }
}
