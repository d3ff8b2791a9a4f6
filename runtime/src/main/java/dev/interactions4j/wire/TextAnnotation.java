package dev.interactions4j.wire;

import tools.jackson.databind.node.ObjectNode;

/** An annotation on text content, such as a citation; discriminated by {@code type}. */
public sealed interface TextAnnotation {

  /** The wire {@code type}. */
  String type();

  /**
   * A citation of a web page covering {@code text[startIndex, endIndex)}.
   *
   * @param url the cited address (may be a redirect link)
   * @param title the page title, or null
   * @param startIndex start of the cited span, or null
   * @param endIndex end of the cited span (exclusive), or null
   */
  record UrlCitation(String url, String title, Integer startIndex, Integer endIndex)
      implements TextAnnotation {
    @Override
    public String type() {
      return "url_citation";
    }
  }

  /**
   * An annotation of a type this version does not model ({@code file_citation}, {@code
   * place_citation}, new ones), kept as raw JSON.
   *
   * @param type the wire type
   * @param raw the whole annotation object
   */
  record Unknown(String type, ObjectNode raw) implements TextAnnotation {}
}
