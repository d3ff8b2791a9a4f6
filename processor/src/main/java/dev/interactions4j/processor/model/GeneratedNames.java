package dev.interactions4j.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of generated classes, resources and members, in one place so that every reader and
 * writer (and the lookup of an earlier compilation's output) agrees. Names a user's names are
 * turned into go through a {@link NameScope} so that no two can clash.
 */
public final class GeneratedNames {
  /** The processor named in {@code @Generated}. */
  public static final String PROCESSOR = "dev.interactions4j.processor.GeminiProcessor";
  /** The constant holding a generated type's schema text. */
  public static final String JSON_SCHEMA = "JSON_SCHEMA";

  private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");

  private GeneratedNames() {}

  /** {@code <T>Schema} next to {@code T}; nested types joined with '_': {@code Outer_InnerSchema}. */
  public static ClassName schemaClass(ClassName source) {
    return sibling(source, "", "Schema");
  }

  /** {@code <I>Functions} next to a {@code @GeminiTool} interface {@code I}. */
  public static ClassName functionsClass(ClassName source) {
    return sibling(source, "", "Functions");
  }

  /** {@code Gemini<S>} next to a {@code @GeminiService} interface {@code S}. */
  public static ClassName implementationClass(ClassName source) {
    return sibling(source, "Gemini", "");
  }

  /** The resource holding a schema: {@code META-INF/interactions4j/schemas/<binary name>.json}. */
  public static String schemaResource(String binaryName) {
    return "META-INF/interactions4j/schemas/" + binaryName + ".json";
  }

  /** The resource holding declarations: {@code META-INF/interactions4j/functions/<binary name>.json}. */
  public static String functionsResource(String binaryName) {
    return "META-INF/interactions4j/functions/" + binaryName + ".json";
  }

  /** The private method reading definition {@code key}. */
  public static String readMethod(String key) {
    return "read" + key;
  }

  /** The private method writing definition {@code key}. */
  public static String writeMethod(String key) {
    return "write" + key;
  }

  /** The generated {@code resume<Method>} of a background method. */
  public static String resumeMethod(String method) {
    return "resume" + capitalized(method);
  }

  /** The arguments record of tool method {@code method}, before {@link NameScope} allocation. */
  public static String argumentsRecord(String method) {
    return capitalized(method) + "Arguments";
  }

  /** The result record of tool method {@code method}, before {@link NameScope} allocation. */
  public static String resultRecord(String method) {
    return capitalized(method) + "Result";
  }

  /** A constant named after {@code member}: {@code fooBar} and {@code REQUEST} give {@code FOO_BAR_REQUEST}. */
  public static String constant(String member, String suffix) {
    return WORD_BOUNDARY.matcher(member).replaceAll("$1_$2").toUpperCase(Locale.ROOT) + "_" + suffix;
  }

  /** The factory parameter taking an implementation of tool interface {@code tool}. */
  public static String toolParameter(ClassName tool) {
    String simple = tool.simpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static ClassName sibling(ClassName source, String prefix, String suffix) {
    return ClassName.get(source.packageName(), prefix + String.join("_", source.simpleNames()) + suffix);
  }
}
