package dev.interactions4j.processor;

/**
 * Every diagnostic text, as {@link String#format} patterns grouped by feature. Wording: subject,
 * broken rule, then the fix after a semicolon. Tests spell the texts out: they are a contract.
 */
public final class Messages {
  private Messages() {}

  // --- @GeminiOutput targets ---

  /** Args: type, what it is. */
  public static final String ROOT_KIND =
      "@GeminiOutput can only be applied to records, enums and sealed interfaces; %s is %s";

  /** Args: type, its type parameters, simple name. */
  public static final String ROOT_GENERIC =
      "@GeminiOutput type %s declares type parameters <%s>; a JSON Schema needs concrete types, so"
          + " use %s with concrete type arguments as a component of a non-generic @GeminiOutput"
          + " record";

  /** Args: subject, type, generic record. */
  public static final String POLYMORPHIC_RECURSION =
      "%s has type %s: %s refers to itself with ever larger type arguments (polymorphic"
          + " recursion), which no finite JSON Schema describes; refer to it with its own type"
          + " parameters (as in Grow<T>) or through a non-generic record";

  /** Args: type. */
  public static final String NOT_ACCESSIBLE =
      "Type %s is private; generated code cannot use it, so make it package-private or public";

  /** Args: type, package. */
  public static final String NOT_ACCESSIBLE_FROM_PACKAGE =
      "Type %s is not public; generated code in package %s cannot use it, so make it public";

  // --- type mapping; the first arg is the subject, e.g. "Record component 'when'" ---

  /** Args: subject, type, hint. */
  public static final String UNSUPPORTED_TYPE =
      "%s has type %s, which has no JSON Schema mapping; use a record, an enum, String, a number,"
          + " boolean, a java.time type, UUID, URI, or a List, Set or Map<String, V> of them%s";

  /** Args: subject. */
  public static final String OBJECT_TYPE =
      "%s has type java.lang.Object, which says nothing about the JSON the model should write; use"
          + " a concrete record, enum, String or number type";

  /** Args: subject, raw type, raw type. */
  public static final String RAW_TYPE =
      "%s has the raw type %s; give it type arguments, e.g. %s<String>";

  /** Args: subject, type. */
  public static final String WILDCARD =
      "%s has the wildcard type %s; a schema needs one concrete type, so replace '?' with it";

  /** Args: subject, type variable. */
  public static final String TYPE_VARIABLE =
      "%s has type variable %s, which is not bound to a concrete type here; use the generic record"
          + " with concrete type arguments, e.g. Page<Item>";

  /** Args: subject, map type. */
  public static final String MAP_KEY =
      "%s has type %s, whose keys are not String; JSON object keys are strings, so use"
          + " java.util.Map<String, V>";

  /** Args: subject, type, hint. */
  public static final String NOT_A_RECORD =
      "%s has type %s, a class that is not a record; make it a record%s";

  /** Args: subject, type. */
  public static final String NON_SEALED_INTERFACE =
      "%s has type %s, an interface that is not sealed; make it a sealed interface whose permitted"
          + " subtypes are records";

  /** Args: subject, type. */
  public static final String FUNCTION =
      "%s has type %s, a function, which has no JSON form; hold data the model can write instead,"
          + " e.g. a String or an enum";

  /** Args: subject, type. */
  public static final String STREAM =
      "%s has type %s, a stream or iterator, which has no JSON form and can be consumed only once;"
          + " use java.util.List";

  /** Args: subject, type. */
  public static final String RESOURCE =
      "%s has type %s, a runtime object (thread, task, I/O handle or class) with no JSON form; keep"
          + " only data in @GeminiOutput types";

  /** Args: subject, type. */
  public static final String BYTE_OR_CHAR_ARRAY =
      "%s has type %s, which Jackson writes as a string rather than an array; use String (e.g."
          + " base64 text) or java.util.List<Integer>";

  /** Args: subject, type. */
  public static final String GENERIC_ARRAY =
      "%s has type %s, an array of a generic type, which Java cannot create; use java.util.List";

  /** Args: subject, type. */
  public static final String OPTIONAL_NESTED =
      "%s has type %s, but Optional is supported only as the whole type of a record component;"
          + " use the value type here";

  /** Args: component, type. */
  public static final String NULLABLE_PRIMITIVE =
      "Record component '%s' is @Nullable but has primitive type %s; use the boxed type, or"
          + " OptionalInt, OptionalLong or OptionalDouble";

  // --- names ---

  /** Args: component, JSON name, other component. */
  public static final String DUPLICATE_JSON_NAME =
      "Record component '%s' has JSON name '%s', which component '%s' already uses; set @JsonName"
          + " on one of them";

  /** Args: constant, JSON name, other constant. */
  public static final String DUPLICATE_ENUM_NAME =
      "Enum constant '%s' has JSON name '%s', which constant '%s' already uses; set @JsonName on"
          + " one of them";

  /** Args: component, record, property, sealed interface. */
  public static final String DISCRIMINATOR_CLASH =
      "Record component '%s' of %s has JSON name '%s', the discriminator property of sealed"
          + " interface %s; rename it with @JsonName";

  /** Args: sealed interface, first, second, tag. */
  public static final String DUPLICATE_TAG =
      "Sealed interface %s permits %s and %s with the same discriminator value '%s'; set @JsonName"
          + " on one of them";

  /** Args: sealed interface, permitted type. */
  public static final String SEALED_PERMITS_OTHER =
      "Sealed interface %s permits %s, which is neither a record nor a sealed interface; every"
          + " permitted subtype of a @GeminiOutput type must be one";

  /** Args: type. */
  public static final String SEALED_GENERIC =
      "Sealed interface %s or its permitted subtypes declare type parameters; discriminated"
          + " variants need concrete types, so remove the type parameters";

  // --- constraints ---

  /** Args: annotation, subject, type, fix. */
  public static final String CONSTRAINT_MISPLACED = "@%s on %s does not apply to type %s; %s";

  /** Args: subject, error. */
  public static final String CONSTRAINT_BAD_PATTERN =
      "@Pattern on %s has an invalid regular expression (%s); fix the expression";

  /** Args: annotation, subject, value. */
  public static final String CONSTRAINT_BAD_DECIMAL =
      "@%s on %s has value '%s', which is not a decimal number; write it like \"0.5\"";

  /** Args: subject, min, max. */
  public static final String CONSTRAINT_EMPTY_RANGE =
      "Constraints on %s allow no value (lower bound %s is above upper bound %s); fix the bounds";

  // --- @RawSchema ---

  /** Args: component, error. */
  public static final String RAW_SCHEMA_INVALID =
      "@RawSchema on record component '%s' is not valid JSON (%s); fix the JSON text";

  /** Args: component, keyword, allowed keywords. */
  public static final String RAW_SCHEMA_KEYWORD =
      "@RawSchema on record component '%s' uses keyword '%s', which Gemini does not accept; use"
          + " only %s";

  /** Args: component, type. */
  public static final String RAW_SCHEMA_TYPE =
      "@RawSchema on record component '%s' needs type java.lang.String (the raw JSON text), not"
          + " %s; change the component's type";

  /** Args: type, size. */
  public static final String SCHEMA_TOO_LARGE =
      "The JSON Schema of %s is %d bytes, more than a Java string constant can hold (65535); split"
          + " the type, or shorten its descriptions";

  /** Args: annotated type, generated file, javac's reason. */
  public static final String GENERATED_FILE_EXISTS =
      "Cannot write %s's generated %s: %s; rename the type that already has that name, or the"
          + " annotated type";

  // --- deferral and internal errors ---

  /** Args: type, missing type, missing type. */
  public static final String UNRESOLVED_TYPE =
      "Did not generate a schema for '%s' because type '%s' could not be resolved; if '%s' is"
          + " generated by another annotation processor, check the errors above, otherwise add it"
          + " to the classpath";

  /** Args: generated class, resource. Note, printed only with -Ainteractions4j.verbose=true. */
  public static final String GENERATED = "Generated %s and %s";

  /** Args: type, stack trace. */
  public static final String INTERNAL_ERROR =
      "Internal error in GeminiProcessor while processing '%s'; please report it with this"
          + " trace:%n%s";

  // @GeminiTool

  public static final String TOOL_NOT_INTERFACE =
      "@GeminiTool can only be applied to interfaces; %s is %s";

  public static final String TOOL_GENERIC_INTERFACE =
      "@GeminiTool interface %s must not declare type parameters; function arguments need concrete"
          + " JSON types, so declare the tools on a non-generic interface";

  public static final String TOOL_GENERIC_METHOD =
      "@GeminiTool method '%s' must not declare type parameters; tool arguments need concrete JSON"
          + " types";

  public static final String TOOL_NO_METHODS =
      "@GeminiTool interface %s declares no abstract method; declare one method per function";

  public static final String FUNCTION_NAME_INVALID =
      "Function name '%s' of method '%s' is not valid: a function name has letters, digits, '_' and"
          + " '-', starts with a letter or '_' and has at most 64 characters; set"
          + " @GeminiTool.Name(\"...\") to a valid name";

  public static final String DUPLICATE_FUNCTION_NAME =
      "Function name '%s' is already used by %s(); the model calls functions by name alone, so"
          + " rename one method or set @GeminiTool.Name on it";

  // @GeminiService

  /** Args: type, what it is. */
  public static final String SERVICE_NOT_INTERFACE =
      "@GeminiService can only be applied to interfaces; %s is %s";

  public static final String SERVICE_GENERIC_INTERFACE =
      "@GeminiService interface %s must not declare type parameters; declare the service on a"
          + " non-generic interface";

  public static final String SERVICE_NO_METHODS =
      "@GeminiService interface %s declares no abstract method; declare one method per call";

  /** Args: method. */
  public static final String SERVICE_GENERIC_METHOD =
      "@GeminiService method '%s' must not declare type parameters; its input and answer need"
          + " concrete types";

  /** Args: method, return type. */
  public static final String SERVICE_RETURN_UNSUPPORTED =
      "Method '%s' returns %s, which a service call cannot produce; return String, a @GeminiOutput"
          + " type, Reply<String or a @GeminiOutput type>, Stream<String>, GeneratedImage,"
          + " GeneratedAudio, Reply<GeneratedImage or GeneratedAudio>, BackgroundTask<String,"
          + " Report, Interaction or a @GeminiOutput type>, Report, or Interaction";

  /** Args: method, type, type. */
  public static final String SERVICE_RETURN_NOT_OUTPUT =
      "Method '%s' returns %s, which is not a @GeminiOutput type; annotate %s with @GeminiOutput"
          + " so its schema and parser are generated";

  /** Args: method. */
  public static final String SERVICE_AGENT_NOT_BACKGROUND =
      "@Agent method '%s' must return BackgroundTask<T>: agents run in the background and are"
          + " polled, e.g. BackgroundTask<Report>";

  /** Args: method. */
  public static final String SERVICE_NO_INPUT =
      "Method '%s' has no input; add a String or media parameter, or a @Prompt(\"...\") template";

  /** Args: parameter, method, type, parameter. */
  public static final String SERVICE_PARAMETER_NOT_INPUT =
      "Parameter '%s' of method '%s' has type %s, which is neither text nor media; use it in a"
          + " @Prompt template on the method: @Prompt(\"... {%s} ...\")";

  /** Args: placeholder, method. */
  public static final String SERVICE_PLACEHOLDER_UNKNOWN =
      "@Prompt placeholder {%s} of method '%s' names no parameter; use a parameter's name, or write"
          + " {{ and }} for literal braces";

  /** Args: parameter, method, parameter. */
  public static final String SERVICE_PARAMETER_UNUSED =
      "Parameter '%s' of method '%s' is not in its @Prompt template, so the model would never see"
          + " it; add {%s} to the template or remove the parameter";

  /** Args: parameter, method. */
  public static final String SERVICE_MEDIA_IN_TEMPLATE =
      "Parameter '%s' of method '%s' is media, which cannot be written into @Prompt text; leave it"
          + " out of the template: media parameters are sent after the text";

  /** Args: method. */
  public static final String SERVICE_UNCLOSED_PLACEHOLDER =
      "@Prompt template of method '%s' has an unclosed '{'; close it, or write {{ for a literal"
          + " brace";

  /** Args: type. */
  public static final String SERVICE_TOOL_NOT_TOOL =
      "%s is listed in @GeminiService(tools = ...) but is not a @GeminiTool interface; annotate it"
          + " with @GeminiTool or remove it from tools";

  /** Args: annotation, element (e.g. "method 'ask'"). */
  public static final String SERVICE_BLANK_VALUE =
      "%s on %s is blank; give it a model or agent name";

  /** Args: method, name. */
  public static final String SERVICE_NAME_CLASH =
      "Method '%s' clashes with the generated method %s(String) of the service's implementation;"
          + " rename it";
}
