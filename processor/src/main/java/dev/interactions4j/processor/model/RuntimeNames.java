package dev.interactions4j.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * The contract between the processor and the runtime, written down once: the annotations the
 * processor reads and the runtime types generated code refers to. Named here because the
 * processor cannot load the runtime. Generated code calls only {@code dev.interactions4j.internal}
 * plus the user API it implements (a test in the processor checks every generated source).
 */
public final class RuntimeNames {
  private static final String ROOT = "dev.interactions4j";
  private static final String SCHEMA = ROOT + ".schema";
  private static final String SERVICE = ROOT + ".service";
  private static final String TOOLS = ROOT + ".tools";
  private static final String MEDIA = ROOT + ".media";
  private static final String WIRE = ROOT + ".wire";
  /** The package that holds what only generated code calls. */
  public static final String INTERNAL = ROOT + ".internal";

  // The annotations the processor reads, by qualified name.
  public static final String GEMINI_OUTPUT = SCHEMA + ".GeminiOutput";
  public static final String DESCRIPTION = SCHEMA + ".Description";
  public static final String JSON_NAME = SCHEMA + ".JsonName";
  public static final String RAW_SCHEMA = SCHEMA + ".RawSchema";
  public static final String GEMINI_TOOL = TOOLS + ".GeminiTool";
  public static final String TOOL_NAME = GEMINI_TOOL + ".Name";
  public static final String GEMINI_SERVICE = SERVICE + ".GeminiService";
  public static final String PROMPT = SERVICE + ".Prompt";
  public static final String MODEL = SERVICE + ".Model";
  public static final String AGENT = SERVICE + ".Agent";
  public static final String SYSTEM_INSTRUCTION = SERVICE + ".SystemInstruction";
  public static final String GENERATION = SERVICE + ".Generation";

  // User API types that service methods take or return, by qualified name.
  public static final String INTERACTION = WIRE + ".Interaction";
  public static final String REPLY = ROOT + ".Reply";
  public static final String BACKGROUND_TASK = ROOT + ".BackgroundTask";
  public static final String GENERATED_IMAGE = MEDIA + ".GeneratedImage";
  public static final String GENERATED_AUDIO = MEDIA + ".GeneratedAudio";
  public static final String MEDIA_PACKAGE = MEDIA;

  // Types generated code refers to.
  public static final ClassName OUTPUT_TYPE = ClassName.get(SCHEMA, "OutputType");
  public static final ClassName MISMATCH = ClassName.get(SCHEMA, "OutputMismatchException");
  public static final ClassName TOOL_SET = ClassName.get(TOOLS, "ToolSet");
  public static final ClassName CLIENT = ClassName.get(ROOT, "GeminiClient");
  public static final ClassName REPORT = ClassName.get(ROOT, "Report");
  public static final ClassName SERVICE_ANNOTATION = ClassName.get(SERVICE, "GeminiService");
  public static final ClassName REQUEST = ClassName.get(WIRE, "InteractionRequest");
  public static final ClassName GENERATION_CONFIG = ClassName.get(WIRE, "GenerationConfig");
  public static final ClassName SERVICE_TIER = ClassName.get(WIRE, "ServiceTier");
  public static final ClassName ENVIRONMENT_SETTING = ClassName.get(WIRE, "EnvironmentSetting");
  public static final ClassName WEBHOOK_CONFIG = ClassName.get(WIRE, "WebhookConfig");
  public static final ClassName JSON_INPUT = ClassName.get(INTERNAL, "JsonInput");
  public static final ClassName JSON_OUTPUT = ClassName.get(INTERNAL, "JsonOutput");
  public static final ClassName JSON_FORMATS = ClassName.get(INTERNAL, "JsonFormats");
  public static final ClassName JSON_ARRAYS = ClassName.get(INTERNAL, "JsonArrays");
  public static final ClassName JSON_VARIANTS = ClassName.get(INTERNAL, "JsonVariants");
  public static final ClassName CHECKS = ClassName.get(INTERNAL, "Checks");
  public static final ClassName TRUSTED_SCHEMAS = ClassName.get(INTERNAL, "TrustedSchemas");
  public static final ClassName SESSION = ClassName.get(INTERNAL, "ServiceSession");
  public static final ClassName GEMINI_GENERATED = ClassName.get(INTERNAL, "GeminiGenerated");
  public static final ClassName JSON_PARSER = ClassName.get("tools.jackson.core", "JsonParser");
  public static final ClassName JSON_GENERATOR = ClassName.get("tools.jackson.core", "JsonGenerator");
  public static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private RuntimeNames() {}
}
