package dev.interactions4j.simulator;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The deterministic model behind the simulator. Each turn is answered by the first rule that
 * matches, in this order:
 * <ol>
 *   <li>Function results answer the pending calls; if the turn that asked for them said "keep
 *       calling", the same functions are called again (a model that never stops, for round caps).
 *   <li>An {@code agent} (deep research) writes a cited report on the input's text.
 *   <li>Image output asked for ({@code response_modalities}/{@code response_format}) draws a PNG;
 *       audio output speaks the input as a WAV; video or document output makes an MP4 or a PDF.
 *   <li>Media in the input, with no JSON Schema asked for, is described (kind, MIME type, size).
 *   <li>A JSON Schema response format gets schema-valid JSON, filled from hints in the input.
 *   <li>Declared functions whose names (or the words of their names) appear in the input are called.
 *   <li>Otherwise the conversation: "my X is Y" is remembered and "what is my X?" answered from
 *       what the conversation knows; anything else is echoed. Built-in tools that were declared
 *       (Google Search, URL context, code execution, ...) then add their steps and citations.
 * </ol>
 * A thought step comes first when thinking is asked for. Token counts are {@link Tokens}'s.
 */
final class ScriptedModel {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern FACT = Pattern.compile("(?i)\\bmy ([a-z][a-z ]{0,30}?) is ([^.,!?;]+)");
  private static final Pattern QUESTION = Pattern.compile("(?i)\\bwhat(?:'s| is) my ([a-z][a-z ]{0,30}?)\\s*\\?*$");
  private static final Set<String> GENERIC_WORDS = Set.of("get", "set", "find", "list", "make", "call",
      "tool", "function", "current", "lookup", "fetch", "search", "create", "update", "delete");

  private final Ids ids;
  private final BuiltInTools builtIns;
  private final RedirectHost redirects;
  private final FileReferences files;

  ScriptedModel(Ids ids, RedirectHost redirects, FileReferences files) {
    this.ids = ids;
    this.builtIns = new BuiltInTools(ids, redirects);
    this.redirects = redirects;
    this.files = files;
  }

  /** Answers a turn; {@code facts} holds what the conversation knew and receives what it learns. */
  Turn.Outcome respond(ObjectNode request, List<ObjectNode> input, Map<String, String> facts, Turn previous) {
    String text = userText(input);
    List<ObjectNode> steps = new ArrayList<>(thought(request, text));
    if (isFunctionResults(input)) {
      // "keep calling": a model that never stops asking, for testing round caps.
      List<ObjectNode> again = previous.userText.toLowerCase(Locale.ROOT).contains("keep calling")
          ? functionCalls(request, previous.userText) : List.of();
      if (!again.isEmpty()) {
        steps.addAll(again);
        return new Turn.Outcome("requires_action", steps, null, null, Tokens.PER_FUNCTION_CALL * again.size());
      }
      return done(steps, answerResults(input, previous));
    }
    if (request.has("agent")) {
      steps.add(output(ResearchReport.content(text.isBlank() ? "the topic" : text.strip(), redirects)));
      return new Turn.Outcome("completed", steps, steps.get(steps.size() - 1).get("content").get(0).get("text").asString(), null,
          Tokens.RESEARCH_REPORT);
    }
    if (wantsImage(request)) {
      ObjectNode image = media(request, "image", "image/png", Media.imageFor(text));
      String caption = "Here is an image of " + (text.isBlank() ? "your subject" : text.strip()) + ".";
      steps.add(output(textContent(caption), image));
      return new Turn.Outcome("completed", steps, caption, image, Tokens.PER_MEDIA_OUTPUT + Tokens.count(caption));
    }
    if (wants(request, "audio")) {
      String spoken = text.isBlank() ? "Hello from the simulator." : text.strip();
      ObjectNode audio = media(request, "audio", "audio/wav", Media.wav(spoken));
      audio.put("sample_rate", 24_000);
      audio.put("channels", 1);
      steps.add(output(audio));
      return new Turn.Outcome("completed", steps, "", audio, Tokens.PER_SPOKEN_WORD * Tokens.count(spoken));
    }
    for (String kind : List.of("video", "document")) {
      if (wants(request, kind)) {
        String subject = text.isBlank() ? "your subject" : text.strip();
        ObjectNode media = kind.equals("video")
            ? media(request, kind, "video/mp4", Media.mp4(subject))
            : media(request, kind, "application/pdf", Media.pdf(subject));
        String caption = "Here is a " + kind + " of " + subject + ".";
        steps.add(output(textContent(caption), media));
        return new Turn.Outcome("completed", steps, caption, kind.equals("video") ? media : null, Tokens.PER_MEDIA_OUTPUT + Tokens.count(caption));
      }
    }
    String seen = seenMedia(input);
    if (seen != null && Requests.jsonSchema(request) == null) {
      return done(steps, seen + (text.isBlank() ? "" : " You asked: \"" + text.strip() + "\""));
    }
    JsonNode schema = Requests.jsonSchema(request);
    if (schema != null) {
      JsonNode value = new SchemaInstanceGenerator(schema, new Hints(text)).generate();
      return done(steps, value.toString());
    }
    List<ObjectNode> calls = functionCalls(request, text);
    if (!calls.isEmpty()) {
      steps.addAll(calls);
      return new Turn.Outcome("requires_action", steps, null, null, Tokens.PER_FUNCTION_CALL * calls.size());
    }
    Turn.Outcome answer = done(steps, converse(text, facts));
    BuiltInTools.Grounding grounding = builtIns.run(request, text);
    if (grounding.steps().isEmpty()) {
      return answer;
    }
    ObjectNode output = answer.steps().get(answer.steps().size() - 1);
    builtIns.ground(request, output, text);
    cite((ObjectNode) output.get("content").get(0), grounding.annotations());
    List<ObjectNode> grounded = new ArrayList<>(answer.steps());
    grounded.addAll(grounding.steps());
    return new Turn.Outcome(answer.status(), grounded, answer.text(), null, answer.outputTokens());
  }

  /** Adds {@code citations} to a text content, each covering the whole text (UTF-8 offsets, as search's). */
  private static void cite(ObjectNode text, List<ObjectNode> citations) {
    if (citations.isEmpty()) {
      return;
    }
    var annotations = text.withArray("annotations");
    int end = ResearchReport.utf8Length(text.path("text").asString(""));
    for (ObjectNode citation : citations) {
      annotations.add(citation.put("start_index", 0).put("end_index", end));
    }
  }

  private Turn.Outcome done(List<ObjectNode> steps, String answer) {
    steps.add(output(textContent(answer)));
    return new Turn.Outcome("completed", steps, answer, null, Tokens.count(answer));
  }

  static String converse(String text, Map<String, String> facts) {
    Matcher question = QUESTION.matcher(text.strip());
    if (question.find()) {
      String key = question.group(1).strip().toLowerCase(Locale.ROOT);
      String value = facts.get(key);
      return value == null ? "I don't know your " + key + " yet. Tell me!" : "Your " + key + " is " + value + ".";
    }
    Matcher fact = FACT.matcher(text);
    List<String> learned = new ArrayList<>();
    while (fact.find()) {
      String key = fact.group(1).strip().toLowerCase(Locale.ROOT);
      facts.put(key, fact.group(2).strip());
      learned.add(key);
    }
    if (learned.contains("name")) {
      return "Nice to meet you, " + facts.get("name") + "!";
    }
    if (!learned.isEmpty()) {
      return "Noted: your " + learned.get(0) + " is " + facts.get(learned.get(0)) + ".";
    }
    return "You said: \"" + text.strip() + "\". This is the simulator's scripted model; it remembers "
        + "\"my X is Y\", answers \"what is my X?\", fills JSON schemas and calls your functions.";
  }

  private String answerResults(List<ObjectNode> results, Turn previous) {
    StringBuilder answer = new StringBuilder();
    for (ObjectNode result : results) {
      String name = result.path("name").asString(previous.pendingCalls.getOrDefault(result.path("call_id").asString(""), "the tool"));
      if (answer.length() > 0) {
        answer.append(' ');
      }
      JsonNode value = result.get("result");
      String shown = value == null ? "nothing" : value.isString() ? value.asString() : value.toString();
      if (result.path("is_error").asBoolean(false)) {
        answer.append("The tool ").append(name).append(" failed: ").append(shown).append('.');
      } else {
        answer.append("According to ").append(name).append(": ").append(shown).append('.');
      }
    }
    return answer.toString();
  }

  private List<ObjectNode> functionCalls(ObjectNode request, String text) {
    List<ObjectNode> functions = new ArrayList<>();
    request.path("tools").forEach(tool -> {
      if ("function".equals(tool.path("type").asString("")) && tool.has("name")) {
        functions.add((ObjectNode) tool);
      }
    });
    JsonNode choice = request.path("generation_config").path("tool_choice");
    String mode = choice.isString() ? choice.asString() : choice.path("allowed_tools").path("mode").asString("auto");
    if (functions.isEmpty() || mode.equals("none")) {
      return List.of();
    }
    Set<String> allowed = new java.util.HashSet<>();
    choice.path("allowed_tools").path("tools").forEach(name -> allowed.add(name.asString()));
    Hints hints = new Hints(text);
    List<ObjectNode> chosen = new ArrayList<>();
    for (ObjectNode function : functions) {
      if ((allowed.isEmpty() || allowed.contains(function.get("name").asString())) && named(function, hints)) {
        chosen.add(function);
      }
    }
    if (chosen.isEmpty() && (mode.equals("any") || mode.equals("validated"))) {
      functions.stream().filter(f -> allowed.isEmpty() || allowed.contains(f.get("name").asString()))
          .findFirst().ifPresent(chosen::add);
    }
    List<ObjectNode> calls = new ArrayList<>();
    Hints shared = new Hints(text); // parallel calls take successive words: "Paris", then "Chez Anna"
    for (ObjectNode function : chosen) {
      ObjectNode call = NODES.objectNode();
      call.put("type", "function_call");
      call.put("id", ids.callId());
      call.put("name", function.get("name").asString());
      JsonNode parameters = function.get("parameters");
      call.set("arguments", parameters == null ? NODES.objectNode()
          : new SchemaInstanceGenerator(parameters, shared).generate());
      calls.add(call);
    }
    return calls;
  }

  private static boolean named(ObjectNode function, Hints hints) {
    String name = function.get("name").asString();
    if (hints.mentions(name)) {
      return true;
    }
    for (String word : name.split("[_\\-]|(?<=[a-z])(?=[A-Z])")) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.length() >= 4 && !GENERIC_WORDS.contains(lower) && hints.mentions(lower)) {
        return true;
      }
    }
    return false;
  }

  private List<ObjectNode> thought(ObjectNode request, String text) {
    JsonNode config = request.path("generation_config");
    if (!config.has("thinking_level")) {
      return List.of();
    }
    ObjectNode thought = NODES.objectNode();
    thought.put("type", "thought");
    thought.put("signature", "sig_" + Integer.toHexString(text.hashCode()));
    if ("auto".equals(config.path("thinking_summaries").asString(""))) {
      thought.putArray("summary").add(textContent("Considering: " + text.strip()));
    }
    return List.of(thought);
  }

  /**
   * Generated media as content: inline base64 {@code data}, or a {@code uri} when the request's
   * response format for this kind asks for {@code "delivery": "uri"}.
   */
  private ObjectNode media(ObjectNode request, String kind, String mimeType, byte[] bytes) {
    ObjectNode media = NODES.objectNode();
    media.put("type", kind);
    media.put("mime_type", mimeType);
    boolean byUri = Requests.responseFormats(request).stream()
        .anyMatch(format -> kind.equals(format.path("type").asString("")) && "uri".equals(format.path("delivery").asString("")));
    if (byUri) {
      media.put("uri", files.generated(mimeType, bytes));
    } else {
      media.put("data", Base64.getEncoder().encodeToString(bytes));
    }
    return media;
  }

  static boolean wantsImage(ObjectNode request) {
    return wants(request, "image");
  }

  /** Whether the request asks for output of {@code modality} (modalities or a response format). */
  static boolean wants(ObjectNode request, String modality) {
    for (JsonNode wanted : request.path("response_modalities")) {
      if (modality.equals(wanted.asString())) {
        return true;
      }
    }
    for (JsonNode format : Requests.responseFormats(request)) {
      if (modality.equals(format.path("type").asString(""))) {
        return true;
      }
    }
    return false;
  }

  /** A description of the media in this turn's input, or null when it has none. */
  private String seenMedia(List<ObjectNode> input) {
    StringBuilder seen = new StringBuilder();
    for (ObjectNode step : input) {
      String described = Media.describe(step.path("content"), files);
      if (described != null) {
        seen.append(seen.length() == 0 ? "" : " ").append(described);
      }
    }
    return seen.length() == 0 ? null : seen.toString();
  }

  static boolean isFunctionResults(List<ObjectNode> input) {
    return !input.isEmpty() && input.stream().allMatch(step -> "function_result".equals(step.path("type").asString("")));
  }

  /** The text the user typed in this turn's input steps. */
  static String userText(List<ObjectNode> input) {
    StringBuilder text = new StringBuilder();
    for (ObjectNode step : input) {
      if (step.path("content").isString()) {
        // Google's documentation sends a user_input's content as a plain string too.
        text.append(text.length() == 0 ? "" : " ").append(step.path("content").asString());
      }
      for (JsonNode content : step.path("content")) {
        if ("text".equals(content.path("type").asString(""))) {
          text.append(text.length() == 0 ? "" : " ").append(content.path("text").asString(""));
        }
      }
    }
    return text.toString();
  }

  private static ObjectNode output(ObjectNode... content) {
    ObjectNode step = NODES.objectNode();
    step.put("type", "model_output");
    var array = step.putArray("content");
    for (ObjectNode part : content) {
      array.add(part);
    }
    return step;
  }

  static ObjectNode textContent(String text) {
    ObjectNode content = NODES.objectNode();
    content.put("type", "text");
    content.put("text", text);
    return content;
  }
}
