package dev.interactions4j.wire;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** The payload of a {@code step.delta} event; discriminated by {@code type}. */
public sealed interface Delta {

  /** The wire {@code type}. */
  String type();

  /**
   * A chunk of text.
   *
   * @param text the chunk
   */
  record Text(String text) implements Delta {
    @Override
    public String type() {
      return "text";
    }
  }

  /**
   * A thought signature.
   *
   * @param signature the signature
   */
  record ThoughtSignature(String signature) implements Delta {
    @Override
    public String type() {
      return "thought_signature";
    }
  }

  /**
   * A piece of thought summary.
   *
   * @param content the summary content, or null
   */
  record ThoughtSummary(Content content) implements Delta {
    @Override
    public String type() {
      return "thought_summary";
    }
  }

  /**
   * Annotations (citations) for the step's text, sent after the text.
   *
   * @param annotations the annotations
   */
  record Annotations(List<TextAnnotation> annotations) implements Delta {
    public Annotations {
      annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    @Override
    public String type() {
      return "text_annotation_delta";
    }
  }

  /**
   * A chunk of a function call's arguments as JSON text: concatenate all chunks, then parse.
   *
   * @param arguments the chunk
   */
  record Arguments(String arguments) implements Delta {
    @Override
    public String type() {
      return "arguments_delta";
    }
  }

  /**
   * Media of the step's output: an image, audio, video or document, as inline {@code data} or a
   * {@code uri}.
   *
   * @param content the media content
   */
  record Media(Content content) implements Delta {
    @Override
    public String type() {
      return content.type();
    }
  }

  /**
   * The fields a tool step's delta brings ({@code google_search_call}, {@code code_execution_result},
   * {@code mcp_server_tool_call}, {@code function_result}, …): arguments, result, {@code is_error},
   * {@code signature}, names. They are merged into the step its {@code step.start} began.
   *
   * @param type the wire type, the step's own
   * @param fields the delta's fields other than {@code type}
   */
  record StepFields(String type, ObjectNode fields) implements Delta {}

  /**
   * A delta this version does not model (a new type), raw.
   *
   * @param type the wire type
   * @param raw the whole delta object
   */
  record Unknown(String type, ObjectNode raw) implements Delta {}
}
