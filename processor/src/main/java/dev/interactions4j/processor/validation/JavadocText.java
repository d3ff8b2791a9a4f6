package dev.interactions4j.processor.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Javadoc into plain description text: the main description without block tags, inline {@code
 * {@code x}} and {@code {@link X}} as plain text, HTML tags dropped, paragraphs kept.
 */
final class JavadocText {
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s*([^}]*)}");
  private static final Pattern HTML_PARAGRAPH = Pattern.compile("(?i)<p>|</p>|<br\\s*/?>");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@(\\w+)");
  private static final Pattern TAG_START = Pattern.compile("(?m)^\\s*(?=@\\w+)");
  private static final Pattern PARAM_TAG = Pattern.compile("(?s)^@param\\s+(\\S+)\\s*(.*)");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  // In a one-line comment, "/** Text. @param city the city */", block tags follow the text.
  private static final Pattern ONE_LINE_TAG =
      Pattern.compile("\\s+(?=@(?:param|return|throws|exception|see|since|deprecated)\\b)");

  private JavadocText() {}

  /** The main description of a doc comment, or empty if there is none. */
  static Optional<String> mainDescription(String docComment) {
    if (docComment == null) {
      return Optional.empty();
    }
    docComment = tagsOnTheirOwnLines(docComment);
    Matcher block = BLOCK_TAG.matcher(docComment);
    String main = block.find() ? docComment.substring(0, block.start()) : docComment;
    return nonEmpty(plain(main));
  }

  /** The text of each {@code @param} tag, by parameter name. */
  static Map<String, String> paramTags(String docComment) {
    Map<String, String> params = new LinkedHashMap<>();
    if (docComment == null) {
      return params;
    }
    docComment = tagsOnTheirOwnLines(docComment);
    String[] tags = TAG_START.split(docComment);
    for (String tag : tags) {
      Matcher param = PARAM_TAG.matcher(tag.strip());
      if (param.matches()) {
        nonEmpty(plain(param.group(2))).ifPresent(text -> params.put(param.group(1), text));
      }
    }
    return params;
  }

  private static String tagsOnTheirOwnLines(String docComment) {
    String text = docComment.strip();
    return text.contains("\n") ? docComment : ONE_LINE_TAG.matcher(text).replaceAll("\n");
  }

  private static String plain(String javadoc) {
    Matcher inline = INLINE_TAG.matcher(javadoc);
    StringBuilder text = new StringBuilder();
    while (inline.find()) {
      inline.appendReplacement(text, Matcher.quoteReplacement(inlineText(inline)));
    }
    inline.appendTail(text);
    String paragraphs = HTML_PARAGRAPH.matcher(text).replaceAll("\n\n");
    String noHtml = HTML_TAG.matcher(paragraphs).replaceAll("");
    StringBuilder result = new StringBuilder();
    for (String paragraph : PARAGRAPH_BREAK.split(noHtml)) {
      String joined = WHITESPACE.matcher(paragraph.strip()).replaceAll(" ");
      if (!joined.isEmpty()) {
        result.append(result.length() == 0 ? "" : "\n\n").append(joined);
      }
    }
    return result.toString();
  }

  // {@link a.B#m label} shows "label"; without a label, the reference with '#' as '.'.
  private static String inlineText(Matcher tag) {
    String body = tag.group(2).strip();
    if (tag.group(1).equals("link") || tag.group(1).equals("linkplain")) {
      int space = body.indexOf(' ');
      if (space > 0) {
        return body.substring(space + 1).strip();
      }
      return body.startsWith("#") ? body.substring(1) : body.replace('#', '.');
    }
    return body;
  }

  private static Optional<String> nonEmpty(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }
}
