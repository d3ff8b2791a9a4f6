package dev.interactions4j.wire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** A tool the model may use; discriminated by {@code type}. */
public sealed interface Tool {

  /** The wire {@code type}. */
  String type();

  /** Built-in Google Search. */
  static Tool googleSearch() {
    return new GoogleSearch(List.of());
  }

  /** Built-in code execution. */
  static Tool codeExecution() {
    return new CodeExecution();
  }

  /** Built-in URL context (fetching pages the prompt names). */
  static Tool urlContext() {
    return new UrlContext();
  }

  /**
   * A function the client implements.
   *
   * @param name letters, digits, {@code _} and {@code -}; at most 64 characters
   * @param description what it does, or null
   * @param parameters a JSON Schema object, or null for none
   */
  record Function(String name, String description, ObjectNode parameters) implements Tool {
    private static final String NAME = "[a-zA-Z_][a-zA-Z0-9_-]{0,63}";

    public Function {
      Objects.requireNonNull(name, "name");
      if (!isName(name)) {
        throw new IllegalArgumentException("Function name '" + name + "' must match " + NAME);
      }
    }

    /** Whether {@code name} matches {@link #NAME}; checked by hand, since binding tool sets is on the cold path. */
    private static boolean isName(String name) {
      int length = name.length();
      if (length == 0 || length > 64) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        char c = name.charAt(i);
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '-'))) {
          return false;
        }
      }
      return true;
    }

    /**
     * A function whose parameters schema is given as JSON text (generated declarations are). The
     * text is checked (it must be one JSON object) and sent as it is, made compact; {@link
     * #parameters()} parses it into a tree only when it is first read.
     *
     * @throws WireFormatException if the text is not a JSON object
     */
    public static Function of(String name, String description, String parametersJson) {
      return new Function(name, description, CompactText.of(parametersJson));
    }

    @Override
    public String type() {
      return "function";
    }
  }

  /**
   * Google Search.
   *
   * @param searchTypes optional search types, possibly empty
   */
  record GoogleSearch(List<String> searchTypes) implements Tool {
    public GoogleSearch {
      searchTypes = searchTypes == null ? List.of() : List.copyOf(searchTypes);
    }

    @Override
    public String type() {
      return "google_search";
    }
  }

  /** Code execution. */
  record CodeExecution() implements Tool {
    @Override
    public String type() {
      return "code_execution";
    }
  }

  /** URL context. */
  record UrlContext() implements Tool {
    @Override
    public String type() {
      return "url_context";
    }
  }

  /**
   * A remote MCP server (streamable HTTP) the server calls on the model's behalf. Header values
   * are secrets: {@link #toString()} redacts them.
   *
   * @param name the server's name, as steps report it
   * @param url the server's address
   * @param headers request headers such as {@code Authorization}
   * @param allowedTools which tools may be used ({@code [{"mode":"auto","tools":["name"]}]})
   */
  record McpServer(String name, String url, Map<String, String> headers, List<AllowedTools> allowedTools)
      implements Tool {
    public McpServer {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(url, "url");
      headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
      allowedTools = allowedTools == null ? List.of() : List.copyOf(allowedTools);
    }

    @Override
    public String type() {
      return "mcp_server";
    }

    @Override
    public String toString() {
      Map<String, String> redacted = new LinkedHashMap<>();
      headers.keySet().forEach(key -> redacted.put(key, "<redacted>"));
      return "McpServer[name=" + name + ", url=" + url + ", headers=" + redacted
          + ", allowedTools=" + allowedTools + "]";
    }
  }

  /**
   * A tool selection for an MCP server.
   *
   * @param mode e.g. {@code auto}, or null
   * @param tools the tool names
   */
  record AllowedTools(String mode, List<String> tools) {
    public AllowedTools {
      tools = tools == null ? List.of() : List.copyOf(tools);
    }
  }

  /**
   * File search over file search stores.
   *
   * @param fileSearchStoreNames the stores
   * @param topK how many chunks, or null
   * @param metadataFilter a filter expression, or null
   */
  record FileSearch(List<String> fileSearchStoreNames, Integer topK, String metadataFilter)
      implements Tool {
    public FileSearch {
      fileSearchStoreNames = fileSearchStoreNames == null ? List.of() : List.copyOf(fileSearchStoreNames);
    }

    @Override
    public String type() {
      return "file_search";
    }
  }

  /**
   * A tool this version does not model ({@code computer_use}, {@code google_maps}, {@code
   * retrieval}, new ones): passed through as raw JSON.
   *
   * @param type the wire type
   * @param raw the whole tool object
   */
  record Unknown(String type, ObjectNode raw) implements Tool {}
}
