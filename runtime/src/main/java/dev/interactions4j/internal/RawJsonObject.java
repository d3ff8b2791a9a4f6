package dev.interactions4j.internal;

import dev.interactions4j.wire.WireJson;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON object given as compact text, kept as text until someone looks inside. Until then the
 * wire writer sends the text as a raw value and no tree is built; the first read or change of its
 * properties parses the text into an ordinary tree, and from then on it is one (equal to, and
 * written like, the tree {@link WireJson#readObject} gives).
 *
 * <p>{@link #trusted} takes the text as it is: the processor writes generated schemas as compact
 * JSON (every string escaped, no name twice), so they need no check at run time. Text from anyone
 * else goes through the public factories ({@code ResponseFormat.json(String)}, {@code
 * Tool.Function.of}), which check it with Jackson's parser and compact it first.
 */
public final class RawJsonObject extends ObjectNode {
  private static final long serialVersionUID = 1L;

  /** The map {@link ObjectNode} holds, kept here too: it says whether the text is still all there is. */
  private final LazyProperties properties;

  private RawJsonObject(LazyProperties properties) {
    super(JsonNodeFactory.instance, properties);
    this.properties = properties;
  }

  /**
   * The object {@code compactJson} holds, not checked: generated code only, with text the
   * processor wrote. Text that is not one compact JSON object would corrupt a request body.
   */
  public static RawJsonObject trusted(String compactJson) {
    return new RawJsonObject(new LazyProperties(compactJson));
  }

  /** The compact text while no tree has been built, else null (the tree is what counts then). */
  public String rawJson() {
    return properties.text;
  }

  @Override
  public ObjectNode deepCopy() {
    String text = rawJson();
    return text == null ? super.deepCopy() : new RawJsonObject(new LazyProperties(text));
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
