package dev.interactions4j.wire;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One step of an interaction's timeline; discriminated by {@code type}. Signatures are kept
 * exactly as received, so steps replayed by hand (with {@code store: false}) stay valid.
 */
public sealed interface Step {

  /** The wire {@code type}. */
  String type();

  /**
   * What the user sent.
   *
   * @param content the input content
   * @param plainText whether {@code content} came as a plain string rather than a list (Google's
   *     documentation sends {@code "content": "Hello"}); it is written back the way it came. Only
   *     a single text content can be written as a string
   */
  record UserInput(List<Content> content, boolean plainText) implements Step {
    public UserInput {
      content = content == null ? List.of() : List.copyOf(content);
      if (plainText && !(content.size() == 1 && content.get(0) instanceof Content.Text text && text.annotations().isEmpty())) {
        throw new IllegalArgumentException("Only one text content without annotations can be written as a plain string");
      }
    }

    /** User input of content, written as a list. */
    public UserInput(List<Content> content) {
      this(content, false);
    }

    /** User input of one text, written as the plain string {@code "content": text}. */
    public static UserInput text(String text) {
      return new UserInput(List.of(Content.text(text)), true);
    }

    @Override
    public String type() {
      return "user_input";
    }
  }

  /**
   * What the model answered.
   *
   * @param content the output content
   * @param error an error the model step ended with, or null
   */
  record ModelOutput(List<Content> content, StepError error) implements Step {
    public ModelOutput {
      content = content == null ? List.of() : List.copyOf(content);
    }

    @Override
    public String type() {
      return "model_output";
    }

    /** The concatenated text of this step's text content. */
    public String text() {
      StringBuilder text = new StringBuilder();
      for (Content part : content) {
        if (part instanceof Content.Text t) {
          text.append(t.text());
        }
      }
      return text.toString();
    }
  }

  /**
   * The model's thinking.
   *
   * @param signature opaque signature, or null
   * @param summary thought summary content, possibly empty
   */
  record Thought(String signature, List<Content> summary) implements Step {
    public Thought {
      summary = summary == null ? List.of() : List.copyOf(summary);
    }

    @Override
    public String type() {
      return "thought";
    }
  }

  /**
   * A call of a declared function that the client must run.
   *
   * @param id call id, answered by {@link FunctionResult#callId()}
   * @param name function name
   * @param arguments the arguments as a JSON object
   * @param signature opaque signature, or null
   */
  record FunctionCall(String id, String name, ObjectNode arguments, String signature)
      implements Step {
    @Override
    public String type() {
      return "function_call";
    }
  }

  /**
   * The client's answer to a {@link FunctionCall}.
   *
   * @param callId the call's id
   * @param name the function name, or null
   * @param result a JSON string, object, or list of content objects
   * @param isError whether the function failed, or null
   * @param signature opaque signature, or null
   */
  record FunctionResult(String callId, String name, JsonNode result, Boolean isError, String signature)
      implements Step {
    @Override
    public String type() {
      return "function_result";
    }
  }

  /**
   * Code the model runs with the built-in code execution tool.
   *
   * @param id call id
   * @param code the source code, or null
   * @param language the language, or null
   * @param signature opaque signature, or null
   */
  record CodeExecutionCall(String id, String code, String language, String signature)
      implements Step {
    @Override
    public String type() {
      return "code_execution_call";
    }
  }

  /**
   * The output of a {@link CodeExecutionCall}.
   *
   * @param callId the call's id
   * @param result the output, or null
   * @param isError whether it failed, or null
   * @param signature opaque signature, or null
   */
  record CodeExecutionResult(String callId, String result, Boolean isError, String signature)
      implements Step {
    @Override
    public String type() {
      return "code_execution_result";
    }
  }

  /**
   * Queries the model sends to Google Search.
   *
   * @param id call id
   * @param queries the search queries
   * @param searchType the search type, or null
   * @param signature opaque signature, or null
   */
  record GoogleSearchCall(String id, List<String> queries, String searchType, String signature)
      implements Step {
    public GoogleSearchCall {
      queries = queries == null ? List.of() : List.copyOf(queries);
    }

    @Override
    public String type() {
      return "google_search_call";
    }
  }

  /**
   * What Google Search returned.
   *
   * @param callId the call's id
   * @param result the raw result list, or null
   * @param isError whether it failed, or null
   * @param signature opaque signature, or null
   */
  record GoogleSearchResult(String callId, JsonNode result, Boolean isError, String signature)
      implements Step {
    @Override
    public String type() {
      return "google_search_result";
    }
  }

  /**
   * URLs the model fetches with the URL context tool.
   *
   * @param id call id
   * @param urls the addresses
   * @param signature opaque signature, or null
   */
  record UrlContextCall(String id, List<String> urls, String signature) implements Step {
    public UrlContextCall {
      urls = urls == null ? List.of() : List.copyOf(urls);
    }

    @Override
    public String type() {
      return "url_context_call";
    }
  }

  /**
   * What fetching the URLs gave.
   *
   * @param callId the call's id
   * @param result the raw result list ({@code url}, {@code status}), or null
   * @param isError whether it failed, or null
   * @param signature opaque signature, or null
   */
  record UrlContextResult(String callId, JsonNode result, Boolean isError, String signature)
      implements Step {
    @Override
    public String type() {
      return "url_context_result";
    }
  }

  /**
   * A tool call the server made on a remote MCP server.
   *
   * @param id call id
   * @param name the MCP tool name
   * @param serverName the MCP server's configured name
   * @param arguments the arguments, or null
   */
  record McpServerToolCall(String id, String name, String serverName, JsonNode arguments)
      implements Step {
    @Override
    public String type() {
      return "mcp_server_tool_call";
    }
  }

  /**
   * The result of a {@link McpServerToolCall}.
   *
   * @param callId the call's id
   * @param name the MCP tool name, or null
   * @param serverName the MCP server's configured name, or null
   * @param result the raw result, or null
   */
  record McpServerToolResult(String callId, String name, String serverName, JsonNode result)
      implements Step {
    @Override
    public String type() {
      return "mcp_server_tool_result";
    }
  }

  /**
   * A step this version does not model ({@code file_search_call}, {@code google_maps_result},
   * new types), kept as raw JSON and written back unchanged.
   *
   * @param type the wire type
   * @param raw the whole step object
   */
  record Unknown(String type, ObjectNode raw) implements Step {}
}
