package test;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.interactions4j.schema.GeminiOutput;
import java.util.List;

/** Mutual recursion through a sealed interface: a folder holds entries, some of them folders. */
@GeminiOutput
public record Folder(String name, List<Folder.Entry> entries) {

  /** A folder entry. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({@JsonSubTypes.Type(Folder.File.class), @JsonSubTypes.Type(Folder.Sub.class)})
  public sealed interface Entry permits File, Sub {}

  /** A file. */
  @JsonTypeName("File")
  public record File(String name, long size) implements Entry {}

  /** A subfolder. */
  @JsonTypeName("Sub")
  public record Sub(Folder folder) implements Entry {}
}
