package dev.interactions4j.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server-side tools the scripted model uses when a request declares them: Google Search on
 * any question, URL context on the addresses in the input, code execution when asked to
 * calculate or compute, and a remote MCP server's allowed tools when the input names one. Their
 * call and result steps come after the answer they ground, as recorded answers show.
 */
final class BuiltInTools {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern URL = Pattern.compile("https?://[^\\s,;)\"']+");

  private final Ids ids;
  private final RedirectHost redirects;

  BuiltInTools(Ids ids, RedirectHost redirects) {
    this.ids = ids;
    this.redirects = redirects;
  }

  /**
   * Cites two search results on the whole of {@code answer}'s text when {@code request} declares
   * Google Search: redirect links titled by domain, as grounded answers carry them.
   */
  void ground(ObjectNode request, ObjectNode answer, String query) {
    boolean searches = false;
    for (JsonNode tool : request.path("tools")) {
      searches |= "google_search".equals(tool.path("type").asString(""));
    }
    JsonNode text = answer.path("content").path(0);
    if (!searches || !(text instanceof ObjectNode content) || !"text".equals(content.path("type").asString(""))) {
      return;
    }
    String slug = ResearchReport.slug(query);
    int end = ResearchReport.utf8Length(content.path("text").asString(""));
    var annotations = content.putArray("annotations");
    annotations.add(redirects.citation("https://example.org/search/" + slug, 0, end));
    annotations.add(redirects.citation("https://news.example.com/articles/" + slug, 0, end));
  }

  /** Call and result steps for the built-in tools {@code request} declares. */
  List<ObjectNode> steps(ObjectNode request, String text) {
    List<ObjectNode> steps = new ArrayList<>();
    for (JsonNode tool : request.path("tools")) {
      switch (tool.path("type").asString("")) {
        case "google_search" -> search(text, steps);
        case "url_context" -> urls(text, steps);
        case "code_execution" -> code(text, steps);
        case "mcp_server" -> mcp(tool, text, steps);
        default -> { }
      }
    }
    return steps;
  }

  private void search(String text, List<ObjectNode> steps) {
    String id = ids.callId();
    ObjectNode call = step("google_search_call", "id", id);
    call.putObject("arguments").putArray("queries").add(text.strip());
    call.put("signature", "");
    ObjectNode result = step("google_search_result", "call_id", id);
    result.putArray("result").addObject().put("search_suggestions", "<div class=\"suggestions\">" + text.strip() + "</div>");
    result.put("signature", "");
    steps.add(call);
    steps.add(result);
  }

  private void urls(String text, List<ObjectNode> steps) {
    Matcher matcher = URL.matcher(text);
    List<String> urls = new ArrayList<>();
    while (matcher.find()) {
      urls.add(matcher.group());
    }
    if (urls.isEmpty()) {
      return;
    }
    String id = ids.callId();
    ObjectNode call = step("url_context_call", "id", id);
    var list = call.putObject("arguments").putArray("urls");
    urls.forEach(list::add);
    ObjectNode result = step("url_context_result", "call_id", id);
    var fetched = result.putArray("result");
    urls.forEach(url -> fetched.addObject().put("url", url).put("status", "success"));
    steps.add(call);
    steps.add(result);
  }

  private void code(String text, List<ObjectNode> steps) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (!lower.contains("calculate") && !lower.contains("compute")) {
      return;
    }
    List<Long> numbers = new ArrayList<>();
    Matcher matcher = Pattern.compile("\\d+").matcher(text);
    while (matcher.find() && numbers.size() < 10) {
      numbers.add(Long.parseLong(matcher.group().length() > 12 ? "0" : matcher.group()));
    }
    long sum = numbers.stream().mapToLong(Long::longValue).sum();
    String id = ids.callId();
    ObjectNode call = step("code_execution_call", "id", id);
    call.putObject("arguments").put("language", "python").put("code", "print(sum(" + numbers + "))");
    ObjectNode result = step("code_execution_result", "call_id", id);
    result.put("result", sum + "\n");
    result.put("is_error", false);
    steps.add(call);
    steps.add(result);
  }

  private void mcp(JsonNode server, String text, List<ObjectNode> steps) {
    Hints hints = new Hints(text);
    for (JsonNode allowed : server.path("allowed_tools")) {
      for (JsonNode name : allowed.path("tools")) {
        String tool = name.asString();
        if (hints.mentions(tool) || hints.mentions(tool.replace('_', ' '))) {
          String id = ids.callId();
          ObjectNode call = step("mcp_server_tool_call", "id", id);
          call.put("name", tool);
          call.put("server_name", server.path("name").asString(""));
          call.putObject("arguments").put("query", text.strip());
          ObjectNode result = step("mcp_server_tool_result", "call_id", id);
          result.put("name", tool);
          result.put("server_name", server.path("name").asString(""));
          result.putArray("result").addObject().put("type", "text").put("text", tool + " found 3 matches");
          steps.add(call);
          steps.add(result);
        }
      }
    }
  }

  private static ObjectNode step(String type, String idField, String id) {
    ObjectNode step = NODES.objectNode();
    step.put("type", type);
    step.put(idField, id);
    return step;
  }
}
