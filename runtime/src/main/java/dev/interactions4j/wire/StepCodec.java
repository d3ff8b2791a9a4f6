package dev.interactions4j.wire;

import static dev.interactions4j.wire.Trees.asObject;
import static dev.interactions4j.wire.Trees.bool;
import static dev.interactions4j.wire.Trees.field;
import static dev.interactions4j.wire.Trees.list;
import static dev.interactions4j.wire.Trees.newObject;
import static dev.interactions4j.wire.Trees.object;
import static dev.interactions4j.wire.Trees.put;
import static dev.interactions4j.wire.Trees.putList;
import static dev.interactions4j.wire.Trees.putStrings;
import static dev.interactions4j.wire.Trees.string;
import static dev.interactions4j.wire.Trees.strings;
import static dev.interactions4j.wire.Trees.type;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes {@link Step}s. */
final class StepCodec {
  private StepCodec() {}

  static Step read(JsonNode node) {
    ObjectNode json = asObject(node, "step");
    String type = type(json, "step");
    return switch (type) {
      case "user_input" -> userInput(json);
      case "model_output" -> new Step.ModelOutput(list(json, "content", ContentCodec::read),
          InteractionCodec.readError(object(json, "error")));
      case "thought" -> new Step.Thought(string(json, "signature"), list(json, "summary", ContentCodec::read));
      case "function_call" -> new Step.FunctionCall(string(json, "id"), string(json, "name"),
          arguments(json), string(json, "signature"));
      case "function_result" -> new Step.FunctionResult(string(json, "call_id"), string(json, "name"),
          field(json, "result"), bool(json, "is_error"), string(json, "signature"));
      case "code_execution_call" -> codeExecutionCall(json);
      case "code_execution_result" -> new Step.CodeExecutionResult(string(json, "call_id"),
          string(json, "result"), bool(json, "is_error"), string(json, "signature"));
      case "google_search_call" -> new Step.GoogleSearchCall(string(json, "id"),
          queries(argumentsOrEmpty(json)), string(json, "search_type"), string(json, "signature"));
      case "google_search_result" -> new Step.GoogleSearchResult(string(json, "call_id"),
          field(json, "result"), bool(json, "is_error"), string(json, "signature"));
      case "url_context_call" -> new Step.UrlContextCall(string(json, "id"),
          strings(argumentsOrEmpty(json), "urls"), string(json, "signature"));
      case "url_context_result" -> new Step.UrlContextResult(string(json, "call_id"),
          field(json, "result"), bool(json, "is_error"), string(json, "signature"));
      case "mcp_server_tool_call" -> new Step.McpServerToolCall(string(json, "id"), string(json, "name"),
          string(json, "server_name"), field(json, "arguments"));
      case "mcp_server_tool_result" -> new Step.McpServerToolResult(string(json, "call_id"),
          string(json, "name"), string(json, "server_name"), field(json, "result"));
      default -> new Step.Unknown(type, json.deepCopy());
    };
  }

  private static Step.UserInput userInput(ObjectNode json) {
    JsonNode content = field(json, "content");
    return content != null && content.isString() ? Step.UserInput.text(content.stringValue())
        : new Step.UserInput(list(json, "content", ContentCodec::read));
  }

  private static ObjectNode arguments(ObjectNode json) {
    ObjectNode arguments = object(json, "arguments");
    return arguments == null ? newObject() : arguments.deepCopy();
  }

  private static ObjectNode argumentsOrEmpty(ObjectNode json) {
    ObjectNode arguments = object(json, "arguments");
    return arguments == null ? newObject() : arguments;
  }

  // Recorded answers send one search as {"query": "..."} as well as the documented {"queries": [...]}.
  private static java.util.List<String> queries(ObjectNode arguments) {
    String query = string(arguments, "query");
    return query != null && field(arguments, "queries") == null ? java.util.List.of(query) : strings(arguments, "queries");
  }

  private static Step codeExecutionCall(ObjectNode json) {
    ObjectNode arguments = argumentsOrEmpty(json);
    return new Step.CodeExecutionCall(string(json, "id"), string(arguments, "code"),
        string(arguments, "language"), string(json, "signature"));
  }

  static ObjectNode write(Step step) {
    if (step instanceof Step.Unknown unknown) {
      return unknown.raw().deepCopy();
    }
    ObjectNode json = newObject();
    json.put("type", step.type());
    if (step instanceof Step.UserInput input && input.plainText()) {
      json.put("content", ((Content.Text) input.content().get(0)).text());
    } else if (step instanceof Step.UserInput input) {
      putList(json, "content", input.content(), ContentCodec::write);
    } else if (step instanceof Step.ModelOutput output) {
      putList(json, "content", output.content(), ContentCodec::write);
      put(json, "error", InteractionCodec.writeError(output.error()));
    } else if (step instanceof Step.Thought thought) {
      put(json, "signature", thought.signature());
      putList(json, "summary", thought.summary(), ContentCodec::write);
    } else if (step instanceof Step.FunctionCall call) {
      put(json, "id", call.id());
      put(json, "name", call.name());
      json.set("arguments", call.arguments() == null ? newObject() : call.arguments().deepCopy());
      put(json, "signature", call.signature());
    } else if (step instanceof Step.FunctionResult result) {
      writeResult(json, result.callId(), result.name(), null, result.result(), result.isError(), result.signature());
    } else {
      writeToolStep(json, step);
    }
    return json;
  }

  private static void writeToolStep(ObjectNode json, Step step) {
    if (step instanceof Step.CodeExecutionCall call) {
      put(json, "id", call.id());
      ObjectNode arguments = json.putObject("arguments");
      put(arguments, "code", call.code());
      put(arguments, "language", call.language());
      put(json, "signature", call.signature());
    } else if (step instanceof Step.CodeExecutionResult result) {
      put(json, "call_id", result.callId());
      put(json, "result", result.result());
      put(json, "is_error", result.isError());
      put(json, "signature", result.signature());
    } else if (step instanceof Step.GoogleSearchCall call) {
      put(json, "id", call.id());
      putStrings(json.putObject("arguments"), "queries", call.queries());
      put(json, "search_type", call.searchType());
      put(json, "signature", call.signature());
    } else if (step instanceof Step.GoogleSearchResult result) {
      writeResult(json, result.callId(), null, null, result.result(), result.isError(), result.signature());
    } else if (step instanceof Step.UrlContextCall call) {
      put(json, "id", call.id());
      putStrings(json.putObject("arguments"), "urls", call.urls());
      put(json, "signature", call.signature());
    } else if (step instanceof Step.UrlContextResult result) {
      writeResult(json, result.callId(), null, null, result.result(), result.isError(), result.signature());
    } else if (step instanceof Step.McpServerToolCall call) {
      put(json, "id", call.id());
      put(json, "name", call.name());
      put(json, "server_name", call.serverName());
      put(json, "arguments", copy(call.arguments()));
    } else if (step instanceof Step.McpServerToolResult result) {
      writeResult(json, result.callId(), result.name(), result.serverName(), result.result(), null, null);
    }
  }

  private static void writeResult(ObjectNode json, String callId, String name, String serverName,
      JsonNode result, Boolean isError, String signature) {
    put(json, "call_id", callId);
    put(json, "name", name);
    put(json, "server_name", serverName);
    put(json, "result", copy(result));
    put(json, "is_error", isError);
    put(json, "signature", signature);
  }

  private static JsonNode copy(JsonNode node) {
    return node == null ? null : node.deepCopy();
  }
}
