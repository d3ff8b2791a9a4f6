package dev.interactions4j.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.interactions4j.processor.model.Definition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What reading one {@code @GeminiOutput} type has found so far: the definitions in discovery order,
 * which are still being read (meeting one again means recursion), and the keys in use.
 */
final class ReadSession {
  private final Map<String, String> keysByIdentity = new HashMap<>();
  private final Map<String, Definition> definitions = new LinkedHashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private final Set<String> recursive = new LinkedHashSet<>();
  private final Set<String> outputs = new HashSet<>();

  /** The key already given to the type with this identity, noting recursion; or null. */
  String knownKey(String identity) {
    String key = keysByIdentity.get(identity);
    if (key != null && inProgress.contains(key)) {
      recursive.add(key);
    }
    return key;
  }

  /** Gives a new type a unique key derived from {@code base} and marks it in progress. */
  String begin(String identity, String base) {
    String key = base;
    for (int n = 2; keysByIdentity.containsValue(key); n++) {
      key = base + "_" + n;
    }
    keysByIdentity.put(identity, key);
    definitions.put(key, null); // keeps discovery order, root first
    inProgress.add(key);
    return key;
  }

  /** Records the finished definition (null if reading it failed). */
  void finish(String key, Definition definition) {
    inProgress.remove(key);
    definitions.put(key, definition);
  }

  /** The definitions read, in discovery order. */
  List<Definition> definitions() {
    List<Definition> list = new ArrayList<>(definitions.values());
    list.removeIf(Objects::isNull);
    return list;
  }

  /** Notes that the type under {@code key} is itself a {@code @GeminiOutput} type. */
  void markOutput(String key) {
    outputs.add(key);
  }

  /** Keys of definitions of {@code @GeminiOutput} types. */
  Set<String> outputKeys() {
    return outputs;
  }

  /**
   * Keys of the definitions whose own {@code <T>Schema} reads and writes them: {@code @GeminiOutput}
   * types, but not a sealed type's variant, whose discriminator its own schema does not expect.
   */
  Set<String> generatedSchemaKeys() {
    Set<String> keys = new HashSet<>();
    for (Definition definition : definitions()) {
      boolean variant = definition instanceof Definition.Record record && record.discriminator().isPresent();
      if (!variant && definition.javaType() instanceof ClassName && outputs.contains(definition.key())) {
        keys.add(definition.key());
      }
    }
    return keys;
  }

  /** Keys of definitions that refer back to themselves. */
  Set<String> recursiveKeys() {
    return recursive;
  }
}
