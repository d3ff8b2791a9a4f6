package dev.interactions4j.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.interactions4j.processor.model.Definition;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
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
  /** How many growing parameterizations of one generic type make polymorphic recursion. */
  static final int GROWTH_LIMIT = 3;
  private final Map<String, String> keysByIdentity = new HashMap<>();
  private final Map<String, Definition> definitions = new LinkedHashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private final Set<String> recursive = new LinkedHashSet<>();
  private final Set<String> outputs = new HashSet<>();
  /** The parameterizations of each generic type being read, outermost first, by type name. */
  private final Map<String, Deque<String>> openGenerics = new HashMap<>();

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

  /**
   * Whether reading {@code identity}, a parameterization of the generic type {@code typeName},
   * would be polymorphic recursion: the type already being read {@link #GROWTH_LIMIT} - 1 times at
   * once, each time with type arguments holding the previous ones (as {@code Grow<List<T>>} holds
   * {@code T}). Such a type has no finite schema; reading on would only stop when memory runs out.
   * A type read again with the same or smaller arguments is ordinary recursion, or nesting.
   */
  boolean growing(String typeName, String identity) {
    Deque<String> open = openGenerics.get(typeName);
    if (open == null || open.size() < GROWTH_LIMIT - 1) {
      return false;
    }
    String last = open.peekLast();
    String arguments = last.substring(last.indexOf('<') + 1, last.lastIndexOf('>'));
    return identity.length() > last.length() && identity.contains(arguments);
  }

  /** Notes that the generic type {@code typeName} is being read as {@code identity}. */
  void openGeneric(String typeName, String identity) {
    openGenerics.computeIfAbsent(typeName, name -> new ArrayDeque<>()).addLast(identity);
  }

  /** Notes that reading the latest parameterization of {@code typeName} is over. */
  void closeGeneric(String typeName) {
    openGenerics.get(typeName).removeLast();
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
