package test;

import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import java.util.List;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A node of a tree, which refers to itself.
 *
 * <p>Structured output support for {@link TreeNode}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class TreeNodeSchema {
  /**
   * The JSON Schema of {@link TreeNode}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"description\":\"A node of a tree, which refers to itself.\","
      + "\"properties\":{\"label\":{\"type\":\"string\"},\"children\":{\"type\":\"array\","
      + "\"items\":{\"$ref\":\"#/$defs/TreeNode\"}}},\"required\":[\"label\","
      + "\"children\"],\"propertyOrdering\":[\"label\",\"children\"],"
      + "\"$defs\":{\"TreeNode\":{\"type\":\"object\",\"description\":\"A node of a tree, which refers to its"
      + "elf.\",\"properties\":{\"label\":{\"type\":\"string\"},\"children\":{\"type\":\"array\","
      + "\"items\":{\"$ref\":\"#/$defs/TreeNode\"}}},\"required\":[\"label\","
      + "\"children\"],\"propertyOrdering\":[\"label\",\"children\"]}}}";

  /**
   * The structured output type of {@link TreeNode}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<TreeNode> TYPE = TrustedSchemas.outputType("test.TreeNode",
      JSON_SCHEMA, TreeNodeSchema::readTreeNode, TreeNodeSchema::writeTreeNode);

  private TreeNodeSchema() {
  }

  /**
   * Reads one {@link TreeNode} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static TreeNode parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(TreeNode value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static TreeNode readTreeNode(JsonInput in) {
    String label = null;
    List<TreeNode> children = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "label" -> label = in.readString();
        case "children" -> children = in.readList(TreeNodeSchema::readTreeNode);
        default -> in.skipValue();
      }
    }
    in.require(label, "label", "a string");
    in.require(children, "children", "an array");
    try {
      return new TreeNode(label, children);
    } catch (RuntimeException e) {
      throw in.rejected("test.TreeNode", e);
    }
  }

  private static void writeTreeNode(TreeNode value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("label");
    JsonOutput.writeString(value.label(), generator);
    generator.writeName("children");
    JsonOutput.writeList(value.children(), generator, TreeNodeSchema::writeTreeNode);
    generator.writeEndObject();
  }
}
