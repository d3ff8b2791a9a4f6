package dev.interactions4j.processor.generation;

import com.palantir.javapoet.ClassName;

/** Names of generated classes and members, in one place so every writer agrees. */
public final class GeneratedNames {
  /** The processor named in {@code @Generated}. */
  public static final String PROCESSOR = "dev.interactions4j.processor.GeminiProcessor";

  private GeneratedNames() {}

  /**
   * {@code <T>Schema} next to {@code T}; nested types joined with '_': {@code Outer_InnerSchema}.
   */
  public static ClassName schemaClass(ClassName source) {
    return ClassName.get(source.packageName(), String.join("_", source.simpleNames()) + "Schema");
  }

  /**
   * The resource holding the schema: {@code META-INF/interactions4j/schemas/<binary name>.json}.
   */
  public static String schemaResource(String binaryName) {
    return "META-INF/interactions4j/schemas/" + binaryName + ".json";
  }

  /** {@code <I>Functions} next to a {@code @GeminiTool} interface {@code I}. */
  public static ClassName functionsClass(ClassName source) {
    return dev.interactions4j.processor.model.ToolModel.functionsClass(source);
  }

  /**
   * The resource holding the declarations: {@code
   * META-INF/interactions4j/functions/<binary name>.json}.
   */
  public static String functionsResource(String binaryName) {
    return "META-INF/interactions4j/functions/" + binaryName + ".json";
  }

  /** The private method reading definition {@code key}. */
  static String readMethod(String key) {
    return "read" + key;
  }

  /** The private method writing definition {@code key}. */
  static String writeMethod(String key) {
    return "write" + key;
  }
}
