package dev.interactions4j.wire;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON object given as text (a generated schema or declaration), kept as text until someone
 * looks inside. Until then {@link TreeJson#write} sends the text as a raw value and no tree is
 * built; the first read or change of its properties parses the text into an ordinary tree, and
 * from then on it is one (equal to, and written like, the tree {@link WireJson#readObject} gives).
 * The text is checked and made compact when the node is made ({@link CompactJson}), so a
 * malformed one fails where it is given, as before, and a raw value never corrupts a body; a text
 * it is not sure of (a name used twice, names with escapes) is read into a plain tree at once.
 */
final class RawObjectNode extends ObjectNode {
  private static final long serialVersionUID = 1L;

  private RawObjectNode(LazyProperties properties) {
    super(JsonNodeFactory.instance, properties);
  }

  /**
   * The object {@code json} holds.
   *
   * @throws WireFormatException if it is not one JSON object, as {@link WireJson#readObject}
   */
  static ObjectNode of(String json) {
    String compact = json == null ? null : CompactJson.object(json);
    if (compact == null) {
      return WireJson.readObject(json); // throws the error it always has
    }
    return new RawObjectNode(new LazyProperties(compact));
  }

  /** The compact text while no tree has been built, else null (the tree is what counts then). */
  String rawJson() {
    return ((LazyProperties) _children).text;
  }

  @Override
  public ObjectNode deepCopy() {
    String text = rawJson();
    return text == null ? super.deepCopy() : new RawObjectNode(new LazyProperties(text));
  }

  /** The properties, parsed from the text on first use. */
  private static final class LazyProperties extends AbstractMap<String, JsonNode> {
    private volatile String text;
    private volatile Map<String, JsonNode> parsed;

    LazyProperties(String text) {
      this.text = text;
    }

    private Map<String, JsonNode> properties() {
      Map<String, JsonNode> properties = parsed;
      if (properties == null) {
        synchronized (this) {
          properties = parsed;
          if (properties == null) {
            properties = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> property : WireJson.readObject(text).properties()) {
              properties.put(property.getKey(), property.getValue());
            }
            parsed = properties;
            text = null;
          }
        }
      }
      return properties;
    }

    @Override
    public int size() {
      return properties().size();
    }

    @Override
    public boolean isEmpty() {
      return properties().isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
      return properties().containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
      return properties().containsValue(value);
    }

    @Override
    public JsonNode get(Object key) {
      return properties().get(key);
    }

    @Override
    public JsonNode put(String key, JsonNode value) {
      return properties().put(key, value);
    }

    @Override
    public JsonNode remove(Object key) {
      return properties().remove(key);
    }

    @Override
    public void putAll(Map<? extends String, ? extends JsonNode> values) {
      properties().putAll(values);
    }

    @Override
    public void clear() {
      properties().clear();
    }

    @Override
    public Set<String> keySet() {
      return properties().keySet();
    }

    @Override
    public Collection<JsonNode> values() {
      return properties().values();
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
      return properties().entrySet();
    }

    @Override
    public boolean equals(Object other) {
      return properties().equals(other);
    }

    @Override
    public int hashCode() {
      return properties().hashCode();
    }
  }
}
