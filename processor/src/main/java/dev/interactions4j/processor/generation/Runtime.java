package dev.interactions4j.processor.generation;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code calls; named here because the processor cannot load them. */
final class Runtime {
  static final String OUTPUT = "dev.interactions4j.output";

  static final ClassName OUTPUT_TYPE = ClassName.get(OUTPUT, "OutputType");
  static final ClassName JSON_INPUT = ClassName.get(OUTPUT, "JsonInput");
  static final ClassName JSON_OUTPUT = ClassName.get(OUTPUT, "JsonOutput");
  static final ClassName JSON_FORMATS = ClassName.get(OUTPUT, "JsonFormats");
  static final ClassName JSON_ARRAYS = ClassName.get(OUTPUT, "JsonArrays");
  static final ClassName JSON_VARIANTS = ClassName.get(OUTPUT, "JsonVariants");
  static final ClassName CHECKS = ClassName.get(OUTPUT, "Checks");
  static final ClassName MISMATCH = ClassName.get(OUTPUT, "OutputMismatchException");
  static final ClassName GEMINI_GENERATED = ClassName.get("dev.interactions4j", "GeminiGenerated");
  static final ClassName JSON_PARSER = ClassName.get("tools.jackson.core", "JsonParser");
  static final ClassName JSON_GENERATOR = ClassName.get("tools.jackson.core", "JsonGenerator");
  static final ClassName TOOL_SET = ClassName.get("dev.interactions4j.tools", "ToolSet");
  static final ClassName TOOL_FUNCTION = ClassName.get("dev.interactions4j.tools", "ToolFunction");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private Runtime() {}
}
