package test;

import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.internal.JsonVariants;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import java.util.List;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Mutual recursion through a sealed interface: a folder holds entries, some of them folders.
 *
 * <p>Structured output support for {@link Folder}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class FolderSchema {
  /**
   * The JSON Schema of {@link Folder}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"description\":\"Mutual recursion through a sealed interface: a folder holds e"
      + "ntries, some of them folders.\",\"properties\":{\"name\":{\"type\":\"string\"},"
      + "\"entries\":{\"type\":\"array\",\"items\":{\"description\":\"A folder entry.\","
      + "\"anyOf\":[{\"type\":\"object\",\"description\":\"A file.\","
      + "\"properties\":{\"type\":{\"type\":\"string\",\"enum\":[\"File\"]},"
      + "\"name\":{\"type\":\"string\"},\"size\":{\"type\":\"integer\","
      + "\"format\":\"int64\"}},\"required\":[\"type\",\"name\",\"size\"],"
      + "\"propertyOrdering\":[\"type\",\"name\",\"size\"]},{\"type\":\"object\","
      + "\"description\":\"A subfolder.\",\"properties\":{\"type\":{\"type\":\"string\","
      + "\"enum\":[\"Sub\"]},\"folder\":{\"$ref\":\"#/$defs/Folder\"}},"
      + "\"required\":[\"type\",\"folder\"],\"propertyOrdering\":[\"type\","
      + "\"folder\"]}]}}},\"required\":[\"name\",\"entries\"],\"propertyOrdering\":[\"name\","
      + "\"entries\"],\"$defs\":{\"Folder\":{\"type\":\"object\",\"description\":\"Mutual recursion through a"
      + " sealed interface: a folder holds entries, some of them folders.\","
      + "\"properties\":{\"name\":{\"type\":\"string\"},\"entries\":{\"type\":\"array\","
      + "\"items\":{\"description\":\"A folder entry.\",\"anyOf\":[{\"type\":\"object\","
      + "\"description\":\"A file.\",\"properties\":{\"type\":{\"type\":\"string\","
      + "\"enum\":[\"File\"]},\"name\":{\"type\":\"string\"},\"size\":{\"type\":\"integer\","
      + "\"format\":\"int64\"}},\"required\":[\"type\",\"name\",\"size\"],"
      + "\"propertyOrdering\":[\"type\",\"name\",\"size\"]},{\"type\":\"object\","
      + "\"description\":\"A subfolder.\",\"properties\":{\"type\":{\"type\":\"string\","
      + "\"enum\":[\"Sub\"]},\"folder\":{\"$ref\":\"#/$defs/Folder\"}},"
      + "\"required\":[\"type\",\"folder\"],\"propertyOrdering\":[\"type\","
      + "\"folder\"]}]}}},\"required\":[\"name\",\"entries\"],\"propertyOrdering\":[\"name\","
      + "\"entries\"]}}}";

  /**
   * The structured output type of {@link Folder}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Folder> TYPE = TrustedSchemas.outputType("test.Folder",
      JSON_SCHEMA, FolderSchema::readFolder, FolderSchema::writeFolder);

  private FolderSchema() {
  }

  /**
   * Reads one {@link Folder} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Folder parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Folder value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Folder readFolder(JsonInput in) {
    String name = null;
    List<Folder.Entry> entries = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "name" -> name = in.readString();
        case "entries" -> entries = in.readList(FolderSchema::readFolder_Entry);
        default -> in.skipValue();
      }
    }
    in.require(name, "name", "a string");
    in.require(entries, "entries", "an array");
    try {
      return new Folder(name, entries);
    } catch (RuntimeException e) {
      throw in.rejected("test.Folder", e);
    }
  }

  private static void writeFolder(Folder value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("name");
    JsonOutput.writeString(value.name(), generator);
    generator.writeName("entries");
    JsonOutput.writeList(value.entries(), generator, FolderSchema::writeFolder_Entry);
    generator.writeEndObject();
  }

  private static Folder.Entry readFolder_Entry(JsonInput in) {
    return JsonVariants.<Folder.Entry>read(in, "type", List.of("File", "Sub"), tag -> switch (tag) {
      case "File" -> FolderSchema::readFolder_File;
      case "Sub" -> FolderSchema::readFolder_Sub;
      default -> throw new IllegalStateException(tag);
    });
  }

  private static void writeFolder_Entry(Folder.Entry value, JsonGenerator generator) {
    if (value instanceof Folder.File) {
      writeFolder_File((Folder.File) value, generator);
    } else if (value instanceof Folder.Sub) {
      writeFolder_Sub((Folder.Sub) value, generator);
    } else {
      throw new IllegalArgumentException("Not a permitted subtype of test.Folder.Entry: " + value.getClass().getName());
    }
  }

  private static Folder.File readFolder_File(JsonInput in) {
    String name = null;
    Long size = null;
    boolean discriminatorSeen = false;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "type" -> {
          in.readDiscriminator("File");
          discriminatorSeen = true;
        }
        case "name" -> name = in.readString();
        case "size" -> size = in.readLong();
        default -> in.skipValue();
      }
    }
    if (!discriminatorSeen) {
      throw in.missing("type", "\"File\"");
    }
    in.require(name, "name", "a string");
    in.require(size, "size", "an integer");
    try {
      return new Folder.File(name, size);
    } catch (RuntimeException e) {
      throw in.rejected("test.Folder.File", e);
    }
  }

  private static void writeFolder_File(Folder.File value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("type", "File");
    generator.writeName("name");
    JsonOutput.writeString(value.name(), generator);
    generator.writeName("size");
    JsonOutput.writeNumber(value.size(), generator);
    generator.writeEndObject();
  }

  private static Folder.Sub readFolder_Sub(JsonInput in) {
    Folder folder = null;
    boolean discriminatorSeen = false;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "type" -> {
          in.readDiscriminator("Sub");
          discriminatorSeen = true;
        }
        case "folder" -> folder = readFolder(in);
        default -> in.skipValue();
      }
    }
    if (!discriminatorSeen) {
      throw in.missing("type", "\"Sub\"");
    }
    in.require(folder, "folder", "an object");
    try {
      return new Folder.Sub(folder);
    } catch (RuntimeException e) {
      throw in.rejected("test.Folder.Sub", e);
    }
  }

  private static void writeFolder_Sub(Folder.Sub value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("type", "Sub");
    generator.writeName("folder");
    JsonOutput.writeNullable(value.folder(), generator, FolderSchema::writeFolder);
    generator.writeEndObject();
  }
}
