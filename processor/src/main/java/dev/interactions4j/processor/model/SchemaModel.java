package dev.interactions4j.processor.model;

import com.palantir.javapoet.ClassName;
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
 */
public record SchemaModel(
    TypeElement origin,
    ClassName sourceType,
    String binaryName,
    String rootKey,
    List<Definition> definitions,
    Set<String> recursiveKeys) {

  public SchemaModel {
    definitions = List.copyOf(definitions);
    recursiveKeys = Set.copyOf(recursiveKeys);
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
