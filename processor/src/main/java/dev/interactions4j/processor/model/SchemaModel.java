package dev.interactions4j.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Everything needed to generate {@code <T>Schema} and the schema resource for one
 * {@code @GeminiOutput} type {@code T}.
 *
 * @param origin the annotated type; used only as the originating element
 * @param sourceType {@code T}
 * @param binaryName the binary name of {@code T}, naming the schema resource
 * @param rootKey the key of {@code T}'s definition
 * @param definitions every named type reachable from {@code T}, {@code T} first, in discovery order
 * @param recursiveKeys definitions that refer back to themselves, emitted in {@code $defs}
 * @param outputKeys definitions of other {@code @GeminiOutput} types: their own {@code <U>Schema}
 *     reads and writes them (and what they reach), so a change to one regenerates its parser
 */
public record SchemaModel(
    TypeElement origin,
    ClassName sourceType,
    String binaryName,
    String rootKey,
    List<Definition> definitions,
    Set<String> recursiveKeys,
    Set<String> outputKeys) {

  public SchemaModel {
    definitions = List.copyOf(definitions);
    recursiveKeys = Set.copyOf(recursiveKeys);
    outputKeys = Set.copyOf(outputKeys);
  }

  /** A model whose definitions are all read and written by its own {@code <T>Schema}. */
  public SchemaModel(TypeElement origin, ClassName sourceType, String binaryName, String rootKey,
      List<Definition> definitions, Set<String> recursiveKeys) {
    this(origin, sourceType, binaryName, rootKey, definitions, recursiveKeys, Set.of());
  }

  /** The definitions {@code <T>Schema} reads and writes itself, in discovery order. */
  public List<Definition> ownDefinitions() {
    return reached(List.of(rootKey), outputKeys);
  }

  /**
   * The definitions reached from {@code roots}, in discovery order, not going into those in
   * {@code stopAt}.
   */
  public List<Definition> reached(List<String> roots, Set<String> stopAt) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<String> work = new ArrayDeque<>(roots);
    while (!work.isEmpty()) {
      String next = work.pop();
      if (!stopAt.contains(next) && reached.add(next)) {
        references(definition(next), work);
      }
    }
    return definitions.stream().filter(d -> reached.contains(d.key())).toList();
  }

  private static void references(Definition definition, Deque<String> work) {
    if (definition instanceof Definition.Record record) {
      record.properties().forEach(p -> references(p.type(), work));
    } else if (definition instanceof Definition.Sealed sealed) {
      sealed.variants().forEach(v -> work.push(v.recordKey()));
    }
  }

  private static void references(JsonType type, Deque<String> work) {
    if (type instanceof JsonType.Named named) {
      work.push(named.key());
    } else if (type instanceof JsonType.Array array) {
      references(array.items(), work);
    } else if (type instanceof JsonType.StringMap map) {
      references(map.values(), work);
    }
  }

  /** The definition for {@code key}. */
  public Definition definition(String key) {
    return definitions.stream()
        .filter(d -> d.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No definition " + key));
  }

  /** The definition of {@code T}. */
  public Definition root() {
    return definition(rootKey);
  }
}
