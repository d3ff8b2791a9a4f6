package dev.interactions4j.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Everything needed to generate {@code <I>Functions} for one {@code @GeminiTool} interface.
 *
 * @param origin the annotated interface; used only as the originating element
 * @param sourceType the interface
 * @param binaryName its binary name, naming the declarations resource
 * @param functions its functions in declaration order
 * @param definitions every definition: the generated argument and result records and the types
 *     they reach, each once
 * @param recursiveKeys definitions that refer back to themselves
 * @param outputKeys definitions of {@code @GeminiOutput} types: their {@code <T>Schema} already
 *     reads and writes them (and what they reach), so {@code <I>Functions} calls it instead
 */
public record ToolModel(
    TypeElement origin,
    ClassName sourceType,
    String binaryName,
    List<FunctionModel> functions,
    List<Definition> definitions,
    Set<String> recursiveKeys,
    Set<String> outputKeys) {

  public ToolModel {
    functions = List.copyOf(functions);
    definitions = List.copyOf(definitions);
    recursiveKeys = Set.copyOf(recursiveKeys);
    outputKeys = Set.copyOf(outputKeys);
  }

  /**
   * {@code <I>Functions} next to {@code I}; nested interfaces joined with '_'. Lives in the model
   * because the argument records the reader names are nested in it.
   */
  public static ClassName functionsClass(ClassName source) {
    return ClassName.get(source.packageName(), String.join("_", source.simpleNames()) + "Functions");
  }

  /** All definitions as one schema model (for the read and write methods). */
  public SchemaModel allDefinitions() {
    return new SchemaModel(origin, sourceType, binaryName, definitions.get(0).key(), definitions, recursiveKeys);
  }

  /** The schema model rooted at {@code key}, holding only what it reaches. */
  public SchemaModel schemaOf(String key, ClassName javaType) {
    List<Definition> subset = allDefinitions().reached(List.of(key), Set.of());
    Set<String> recursive = new LinkedHashSet<>(recursiveKeys);
    recursive.retainAll(subset.stream().map(Definition::key).toList());
    return new SchemaModel(origin, javaType, binaryName, key, subset, recursive);
  }

  /**
   * The definitions {@code <I>Functions} reads and writes itself, in discovery order: those its
   * argument and result records reach without passing through a {@code @GeminiOutput} type.
   */
  public List<Definition> ownDefinitions() {
    List<String> roots = new ArrayList<>();
    for (FunctionModel function : functions) {
      roots.add(function.argumentsKey());
      function.resultKey().ifPresent(roots::add);
    }
    return ownDefinitions(roots);
  }

  /**
   * The definitions {@code <I>Functions} reads itself: those its argument records reach without
   * passing through a {@code @GeminiOutput} type. Results are only ever written.
   */
  public List<Definition> ownReadDefinitions() {
    return ownDefinitions(functions.stream().map(FunctionModel::argumentsKey).toList());
  }

  private List<Definition> ownDefinitions(List<String> roots) {
    return allDefinitions().reached(roots, outputKeys);
  }
}
