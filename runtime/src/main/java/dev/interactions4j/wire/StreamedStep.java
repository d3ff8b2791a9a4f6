package dev.interactions4j.wire;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One step of a stream under assembly: what {@code step.start} began, then every delta of its
 * index. It is assembled as the JSON the unary answer would hold and read by the same code, so a
 * streamed step equals the unary step field for field: text joined into its text content,
 * citations on that text, media (by {@code data} or {@code uri}) after it, argument chunks joined
 * and parsed, signatures and summaries on the thought, a tool delta's fields merged into its step.
 */
public final class StreamedStep {
  private final ObjectNode json;
  private final StringBuilder arguments = new StringBuilder();
  private boolean argumentsStreamed;

  /** A step as its {@code step.start} began it. */
  public StreamedStep(Step start) {
    this.json = StepCodec.write(start);
    // A start's empty signature is a placeholder for the one a delta brings, absent from unary steps.
    if ("".equals(Trees.string(json, "signature"))) {
      json.remove("signature");
    }
  }

  /** A step whose {@code step.start} never came (a stream resumed past it): a model output. */
  public static StreamedStep unstarted() {
    return new StreamedStep(new Step.ModelOutput(java.util.List.of(), null));
  }

  /** Takes one delta of this step into account; a delta of no known type is left out. */
  public void add(Delta delta) {
    if (delta instanceof Delta.Text text) {
      appendText(text.text() == null ? "" : text.text());
    } else if (delta instanceof Delta.Annotations more) {
      ArrayNode annotations = lastText().withArray("annotations");
      more.annotations().forEach(annotation -> annotations.add(ContentCodec.writeAnnotation(annotation)));
    } else if (delta instanceof Delta.Arguments chunk) {
      arguments.append(chunk.arguments() == null ? "" : chunk.arguments());
      argumentsStreamed = true;
    } else if (delta instanceof Delta.ThoughtSignature signature && signature.signature() != null) {
      json.put("signature", signature.signature());
    } else if (delta instanceof Delta.ThoughtSummary summary && summary.content() != null) {
      json.withArray("summary").add(ContentCodec.write(summary.content()));
    } else if (delta instanceof Delta.Media media) {
      json.withArray("content").add(ContentCodec.write(media.content()));
    } else if (delta instanceof Delta.StepFields fields) {
      json.setAll(fields.fields().deepCopy());
    }
  }

  /** The step as the events built it. */
  public Step build() {
    ObjectNode step = json.deepCopy();
    if (argumentsStreamed) {
      step.set("arguments", WireJson.readObject(arguments.toString()));
    }
    return StepCodec.read(step);
  }

  private void appendText(String chunk) {
    ArrayNode content = json.withArray("content");
    JsonNode last = content.isEmpty() ? null : content.get(content.size() - 1);
    if (last instanceof ObjectNode text && "text".equals(Trees.string(text, "type"))) {
      text.put("text", Trees.string(text, "text") == null ? chunk : Trees.string(text, "text") + chunk);
    } else {
      content.addObject().put("type", "text").put("text", chunk);
    }
  }

  // Citations follow the text they cite; with no text yet they start an empty one.
  private ObjectNode lastText() {
    ArrayNode content = json.withArray("content");
    for (int i = content.size() - 1; i >= 0; i--) {
      if (content.get(i) instanceof ObjectNode text && "text".equals(Trees.string(text, "type"))) {
        return text;
      }
    }
    return content.addObject().put("type", "text").put("text", "");
  }
}
