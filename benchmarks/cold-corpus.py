#!/usr/bin/env python3
"""Writes the sources of the cold-start benchmark (benchmarks/cold-start.sh).

One corpus of 50 output records and 20 tool interfaces of four functions, in four parallel
versions, each with the annotations its library reads, and for each a program that builds one
request body holding all 50 schemas and all 80 function declarations:

  interactions4j/  @GeminiOutput/@GeminiTool, Javadoc descriptions, constraints; two programs:
                   Main takes the path of the client (<I>Functions.bind(impl).declarations(),
                   ResponseFormat.json(<T>Schema.TYPE.schemaJson()), an InteractionRequest
                   written by WireJson.write);
                   RawMain writes TYPE.schemaJson() and DECLARATIONS_JSON as they are with a
                   streaming JsonGenerator (DECLARATIONS_JSON is a compile-time constant: javac
                   copies it into RawMain, so the <I>Functions classes are not even loaded)
  langchain4j/     @Description on types and components, @Tool and @P on tool methods; the program
                   calls JsonSchemaElementUtils.jsonSchemaElementFrom and
                   ToolSpecifications.toolSpecificationsFrom
  victools/        Jackson's @JsonClassDescription/@JsonPropertyDescription; the program runs one
                   victools SchemaGenerator over the records and over each tool method's parameters
  baseline/        an empty main(): what a fresh JVM costs before any library code runs

Every program prints one line: nanoseconds from main() entry to the body's bytes, milliseconds
from JVM start (RuntimeMXBean start time, read after the clock stops) to the same point, the body
size and the number of schemas and functions in it. With an argument it also writes the body there.

Usage: cold-corpus.py <output directory>
"""
import os
import sys

RECORDS = 50
TOOLS = 20
out = sys.argv[1]


def write(path, text):
    path = os.path.join(out, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def report(bytes_expr):
    """The end of every main(): stop the clock, then read the JVM start time and print."""
    return f"""    byte[] body = {bytes_expr};
    long readyNanos = System.nanoTime();
    long readyMillis = System.currentTimeMillis();
    long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println((readyNanos - entry) + " " + (readyMillis - jvmStart) + " " + body.length
        + " " + schemas + " " + functions);
    if (args.length > 0) {{
      java.nio.file.Files.write(java.nio.file.Path.of(args[0]), body);
    }}
"""


def annotated_corpus(library, imports, describe_type, describe, tool_imports, describe_tool, describe_param):
    """The same records and tool interfaces for a reflective library, described with its annotations:
    describe_type(text) on types, describe(text) on record components, describe_tool(text) on tool
    methods and describe_param(text) on their parameters."""
    d, t = describe, describe_type
    for i in range(RECORDS):
        write(f"{library}/corpus/Record{i}.java", f"""package corpus;

{imports}
import java.util.List;
import java.util.Optional;

{t(f"Order number {i} as a model extracts it from an e-mail.")}
public record Record{i}({d("the customer's name")} String customer,
    {d("how many parcels")} int count,
    {d("free text, if any")} Optional<String> note,
    {d("what was ordered")} List<Item> items,
    {d("the parcel size")} Kind kind,
    {d("where to ship")} Address address,
    {d("whether it must ship today")} boolean urgent) {{

  {t("One ordered item.")}
  public record Item({d("the stock keeping unit")} String sku,
      {d("the unit price")} double price,
      {d("labels")} List<String> tags) {{}}

  {t("A postal address.")}
  public record Address({d("street and number")} String street,
      {d("the city")} String city,
      {d("five digits")} String zip) {{}}

  {t("A parcel size.")}
  public enum Kind {{ SMALL, MEDIUM, LARGE }}
}}
""")
    m, p = describe_tool, describe_param
    for j in range(TOOLS):
        write(f"{library}/corpus/Tools{j}.java", f"""package corpus;

{tool_imports}
import java.util.List;

public interface Tools{j} {{
  {m("Looks an order up.")}
  Record{j} lookup{j}({p("the customer's name")} String customer);

  {m("Counts orders of one parcel size.")}
  int count{j}({p("the parcel size")} Record{j}.Kind kind,
      {p("count only urgent orders")} boolean urgentOnly);

  {m("Saves an order.")}
  void save{j}({p("the order")} Record{j} order);

  {m("Lists customer names.")}
  List<String> names{j}({p("at most this many")} int limit,
      {p("names starting with this")} String prefix);
}}
""")


# ---------------------------------------------------------------- interactions4j
for i in range(RECORDS):
    write(f"interactions4j/corpus/Record{i}.java", f"""package corpus;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.DecimalMin;
import dev.interactions4j.schema.Min;
import dev.interactions4j.schema.Pattern;
import dev.interactions4j.schema.Size;
import java.util.List;
import java.util.Optional;

/**
 * Order number {i} as a model extracts it from an e-mail.
 *
 * @param customer the customer's name
 * @param count how many parcels
 * @param note free text, if any
 * @param items what was ordered
 * @param kind the parcel size
 * @param address where to ship
 * @param urgent whether it must ship today
 */
@GeminiOutput
public record Record{i}(String customer, @Min(0) int count, Optional<String> note,
    @Size(min = 1) List<Item> items, Kind kind, Address address, boolean urgent) {{

  /**
   * One ordered item.
   *
   * @param sku the stock keeping unit
   * @param price the unit price
   * @param tags labels
   */
  public record Item(String sku, @DecimalMin("0") double price, List<String> tags) {{}}

  /**
   * A postal address.
   *
   * @param street street and number
   * @param city the city
   * @param zip five digits
   */
  public record Address(String street, String city, @Pattern(regexp = "[0-9]{{5}}") String zip) {{}}

  /** A parcel size. */
  public enum Kind {{ SMALL, MEDIUM, LARGE }}
}}
""")
for j in range(TOOLS):
    write(f"interactions4j/corpus/Tools{j}.java", f"""package corpus;

import dev.interactions4j.tools.GeminiTool;
import dev.interactions4j.schema.Min;
import java.util.List;

/** Order tools, set {j}. */
@GeminiTool
public interface Tools{j} {{
  /**
   * Looks an order up.
   *
   * @param customer the customer's name
   */
  Record{j} lookup{j}(String customer);

  /**
   * Counts orders of one parcel size.
   *
   * @param kind the parcel size
   * @param urgentOnly count only urgent orders
   */
  int count{j}(Record{j}.Kind kind, boolean urgentOnly);

  /**
   * Saves an order.
   *
   * @param order the order
   */
  void save{j}(Record{j} order);

  /**
   * Lists customer names.
   *
   * @param limit at most this many
   * @param prefix names starting with this
   */
  List<String> names{j}(@Min(1) int limit, String prefix);
}}
""")
schemas = "\n".join(f"    request.responseFormat(ResponseFormat.json(Record{i}Schema.TYPE.schemaJson()));" for i in range(RECORDS))
bound = ",\n".join(f"        Tools{j}Functions.bind(new Tools{j}() {{\n"
                    f"          public Record{j} lookup{j}(String customer) {{ return null; }}\n"
                    f"          public int count{j}(Record{j}.Kind kind, boolean urgentOnly) {{ return 0; }}\n"
                    f"          public void save{j}(Record{j} order) {{}}\n"
                    f"          public List<String> names{j}(int limit, String prefix) {{ return List.of(); }}\n"
                    f"        }})" for j in range(TOOLS))
write("interactions4j/corpus/Main.java", f"""package corpus;

import dev.interactions4j.tools.ToolSet;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionRequestBuilder;
import dev.interactions4j.wire.ResponseFormat;
import dev.interactions4j.wire.WireJson;
import java.util.List;

/**
 * The client's path: tool sets bound as an application binds them, their declarations added as
 * ToolLoop adds them, each schema made a response format as GeminiClient makes one
 * (ResponseFormat.json(TYPE.schemaJson())), the body written by WireJson.write as
 * GeminiClient.create writes it.
 */
public final class Main {{
  public static void main(String[] args) throws Exception {{
    long entry = System.nanoTime();
    ToolSet toolSet = ToolSet.combine(
{bound});
    InteractionRequestBuilder request = InteractionRequest.model("gemini-3-flash-preview").input("Hello")
        .tools(toolSet.declarations());
{schemas}
    InteractionRequest built = request.build();
    int schemas = built.responseFormats().size();
    int functions = built.tools().size();
{report("WireJson.write(built)")}  }}
}}
""")
raw_schemas = "\n".join(f"      format(generator, Record{i}Schema.TYPE.schemaJson());" for i in range(RECORDS))
raw_declarations = "\n".join(f"      functions += declarations(generator, Tools{j}Functions.DECLARATIONS_JSON);" for j in range(TOOLS))
write("interactions4j/corpus/RawMain.java", f"""package corpus;

import java.io.ByteArrayOutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The generated constants written as they are, with a streaming generator: no ObjectMapper, no trees. */
public final class RawMain {{
  private static void format(JsonGenerator generator, String schemaJson) {{
    generator.writeStartObject();
    generator.writeStringProperty("type", "text");
    generator.writeStringProperty("mime_type", "application/json");
    generator.writeName("schema");
    generator.writeRawValue(schemaJson);
    generator.writeEndObject();
  }}

  /** Writes the elements of a DECLARATIONS_JSON array into the open array; returns how many. */
  private static int declarations(JsonGenerator generator, String declarationsJson) {{
    String elements = declarationsJson.substring(declarationsJson.indexOf('[') + 1, declarationsJson.lastIndexOf(']')).strip();
    generator.writeRawValue(elements);
    int count = 0;
    for (int i = elements.indexOf("\\"type\\": \\"function\\""); i >= 0; i = elements.indexOf("\\"type\\": \\"function\\"", i + 1)) {{
      count++;
    }}
    return count;
  }}

  public static void main(String[] args) throws Exception {{
    long entry = System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    int functions = 0;
    int schemas = 50;
    try (JsonGenerator generator = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {{
      generator.writeStartObject();
      generator.writeStringProperty("model", "gemini-3-flash-preview");
      generator.writeStringProperty("input", "Hello");
      generator.writeArrayPropertyStart("tools");
{raw_declarations}
      generator.writeEndArray();
      generator.writeArrayPropertyStart("response_format");
{raw_schemas}
      generator.writeEndArray();
      generator.writeEndObject();
    }}
{report("out.toByteArray()")}  }}
}}
""")

# ---------------------------------------------------------------- LangChain4j
annotated_corpus(
    "langchain4j",
    "import dev.langchain4j.model.output.structured.Description;",
    lambda text: f'@Description("{text}")',
    lambda text: f'@Description("{text}")',
    "import dev.langchain4j.agent.tool.P;\nimport dev.langchain4j.agent.tool.Tool;",
    lambda text: f'@Tool("{text}")',
    lambda text: f'@P("{text}")')
classes = ", ".join(f"Record{i}.class" for i in range(RECORDS))
interfaces = ", ".join(f"Tools{j}.class" for j in range(TOOLS))
write("langchain4j/corpus/Main.java", f"""package corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class Main {{
  public static void main(String[] args) throws Exception {{
    long entry = System.nanoTime();
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("model", "gemini-3-flash-preview");
    request.put("input", "Hello");
    List<Object> tools = new ArrayList<>();
    for (Class<?> type : new Class<?>[] {{{interfaces}}}) {{
      for (ToolSpecification spec : ToolSpecifications.toolSpecificationsFrom(type)) {{
        Map<String, Object> function = new LinkedHashMap<>();
        function.put("type", "function");
        function.put("name", spec.name());
        function.put("description", spec.description());
        function.put("parameters", JsonSchemaElementUtils.toMap(spec.parameters()));
        tools.add(function);
      }}
    }}
    request.put("tools", tools);
    List<Object> formats = new ArrayList<>();
    for (Class<?> type : new Class<?>[] {{{classes}}}) {{
      Map<String, Object> format = new LinkedHashMap<>();
      format.put("type", "text");
      format.put("mime_type", "application/json");
      format.put("schema", JsonSchemaElementUtils.toMap(JsonSchemaElementUtils.jsonSchemaElementFrom(type)));
      formats.add(format);
    }}
    request.put("response_format", formats);
    int schemas = formats.size();
    int functions = tools.size();
{report("new ObjectMapper().writeValueAsBytes(request)")}  }}
}}
""")

# ---------------------------------------------------------------- victools
annotated_corpus(
    "victools",
    "import com.fasterxml.jackson.annotation.JsonClassDescription;\n"
    "import com.fasterxml.jackson.annotation.JsonPropertyDescription;",
    lambda text: f'@JsonClassDescription("{text}")',
    lambda text: f'@JsonPropertyDescription("{text}")',
    "import com.fasterxml.jackson.annotation.JsonPropertyDescription;",
    lambda text: f'@JsonPropertyDescription("{text}")',
    lambda text: f'@JsonPropertyDescription("{text}")')

write("victools/corpus/Main.java", f"""package corpus;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Optional;

/** One generator, set up as Spring AI sets it up (minus its Swagger module), for records and parameters. */
public final class Main {{
  public static void main(String[] args) throws Exception {{
    long entry = System.nanoTime();
    ObjectMapper mapper = new ObjectMapper();
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JacksonModule())
        .with(Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.PLAIN_DEFINITION_KEYS)
        .without(Option.SCHEMA_VERSION_INDICATOR);
    config.forFields().withRequiredCheck(field -> field.getType().getErasedType() != Optional.class);
    SchemaGenerator generator = new SchemaGenerator(config.build());

    ObjectNode request = mapper.createObjectNode().put("model", "gemini-3-flash-preview").put("input", "Hello");
    ArrayNode tools = request.putArray("tools");
    for (Class<?> type : new Class<?>[] {{{interfaces}}}) {{
      for (Method method : type.getDeclaredMethods()) {{
        ObjectNode function = tools.addObject().put("type", "function").put("name", method.getName());
        JsonPropertyDescription description = method.getAnnotation(JsonPropertyDescription.class);
        if (description != null) {{
          function.put("description", description.value());
        }}
        ObjectNode parameters = function.putObject("parameters").put("type", "object");
        ObjectNode properties = parameters.putObject("properties");
        ArrayNode required = parameters.putArray("required");
        for (Parameter parameter : method.getParameters()) {{
          ObjectNode schema = generator.generateSchema(parameter.getParameterizedType());
          JsonPropertyDescription about = parameter.getAnnotation(JsonPropertyDescription.class);
          if (about != null) {{
            schema.put("description", about.value());
          }}
          properties.set(parameter.getName(), schema);
          required.add(parameter.getName());
        }}
      }}
    }}
    ArrayNode formats = request.putArray("response_format");
    for (Class<?> type : new Class<?>[] {{{classes}}}) {{
      ObjectNode format = formats.addObject().put("type", "text").put("mime_type", "application/json");
      format.set("schema", generator.generateSchema(type));
    }}
    int schemas = formats.size();
    int functions = tools.size();
{report("mapper.writeValueAsBytes(request)")}  }}
}}
""")

# ---------------------------------------------------------------- baseline
write("baseline/corpus/Main.java", f"""package corpus;

public final class Main {{
  public static void main(String[] args) throws Exception {{
    long entry = System.nanoTime();
    int schemas = 0;
    int functions = 0;
{report("new byte[0]")}  }}
}}
""")
