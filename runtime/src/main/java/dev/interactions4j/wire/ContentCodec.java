package dev.interactions4j.wire;

import static dev.interactions4j.wire.Trees.asObject;
import static dev.interactions4j.wire.Trees.field;
import static dev.interactions4j.wire.Trees.integer;
import static dev.interactions4j.wire.Trees.list;
import static dev.interactions4j.wire.Trees.newObject;
import static dev.interactions4j.wire.Trees.put;
import static dev.interactions4j.wire.Trees.putList;
import static dev.interactions4j.wire.Trees.string;
import static dev.interactions4j.wire.Trees.type;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.POJONode;

/** Reads and writes {@link Content} and {@link TextAnnotation}. */
final class ContentCodec {
  private ContentCodec() {}

  static Content read(JsonNode node) {
    ObjectNode json = asObject(node, "content");
    String type = type(json, "content");
    return switch (type) {
      case "text" -> new Content.Text(string(json, "text"), list(json, "annotations", ContentCodec::readAnnotation));
      case "image" -> new Content.Image(media(json), string(json, "uri"), string(json, "mime_type"), string(json, "resolution"));
      case "audio" -> new Content.Audio(media(json), string(json, "uri"), string(json, "mime_type"),
          integer(json, "sample_rate"), integer(json, "channels"));
      case "video" -> new Content.Video(media(json), string(json, "uri"), string(json, "mime_type"),
          string(json, "resolution"), copy(field(json, "processing")));
      case "document" -> new Content.Document(media(json), string(json, "uri"), string(json, "mime_type"));
      default -> new Content.Unknown(type, json.deepCopy());
    };
  }

  static ObjectNode write(Content content) {
    if (content instanceof Content.Unknown unknown) {
      return unknown.raw().deepCopy();
    }
    ObjectNode json = newObject();
    json.put("type", content.type());
    if (content instanceof Content.Text text) {
      put(json, "text", text.text());
      putList(json, "annotations", text.annotations(), ContentCodec::writeAnnotation);
    } else if (content instanceof Content.Image image) {
      media(json, image.data(), image.uri(), image.mimeType());
      put(json, "resolution", image.resolution());
    } else if (content instanceof Content.Audio audio) {
      media(json, audio.data(), audio.uri(), audio.mimeType());
      put(json, "sample_rate", audio.sampleRate());
      put(json, "channels", audio.channels());
    } else if (content instanceof Content.Video video) {
      media(json, video.data(), video.uri(), video.mimeType());
      put(json, "resolution", video.resolution());
      put(json, "processing", copy(video.processing()));
    } else if (content instanceof Content.Document document) {
      media(json, document.data(), document.uri(), document.mimeType());
    }
    return json;
  }

  /** Inline data: base64 text, or bytes a streaming read already decoded (see {@link MediaReader}). */
  private static MediaData media(ObjectNode json) {
    JsonNode data = json.get("data");
    if (data == null || data.isNull()) {
      return null;
    }
    if (data instanceof POJONode pojo && pojo.getPojo() instanceof MediaData decoded) {
      return decoded;
    }
    if (!data.isString()) {
      throw new Trees.ShapeException("\"data\" must be a base64 string, not " + data.getNodeType());
    }
    return MediaData.ofBase64(data.stringValue());
  }

  private static void media(ObjectNode json, MediaData data, String uri, String mimeType) {
    if (data != null) {
      json.putPOJO("data", data);
    }
    put(json, "uri", uri);
    put(json, "mime_type", mimeType);
  }

  private static JsonNode copy(JsonNode node) {
    return node == null ? null : node.deepCopy();
  }

  static TextAnnotation readAnnotation(JsonNode node) {
    ObjectNode json = asObject(node, "annotation");
    String type = type(json, "annotation");
    if (type.equals("url_citation")) {
      return new TextAnnotation.UrlCitation(string(json, "url"), string(json, "title"),
          integer(json, "start_index"), integer(json, "end_index"));
    }
    return new TextAnnotation.Unknown(type, json.deepCopy());
  }

  static ObjectNode writeAnnotation(TextAnnotation annotation) {
    if (annotation instanceof TextAnnotation.Unknown unknown) {
      return unknown.raw().deepCopy();
    }
    TextAnnotation.UrlCitation citation = (TextAnnotation.UrlCitation) annotation;
    ObjectNode json = newObject();
    json.put("type", citation.type());
    put(json, "url", citation.url());
    put(json, "title", citation.title());
    put(json, "start_index", citation.startIndex());
    put(json, "end_index", citation.endIndex());
    return json;
  }
}
