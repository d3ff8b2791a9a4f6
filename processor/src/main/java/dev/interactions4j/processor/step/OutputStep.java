package dev.interactions4j.processor.step;

import dev.interactions4j.processor.model.RuntimeNames;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.generation.GeneratedNames;
import dev.interactions4j.processor.generation.OutputClassWriter;
import dev.interactions4j.processor.generation.SchemaJsonWriter;
import dev.interactions4j.processor.model.SchemaModel;
import dev.interactions4j.processor.validation.OutputTypeReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Handles {@code @GeminiOutput}: for each annotated type, read a model, write {@code <T>Schema} and
 * the schema resource. Types that reach a type not generated yet are retried next round.
 */
public final class OutputStep extends TypeStep {
  /** The annotation this step handles. */
  public static final String ANNOTATION = RuntimeNames.GEMINI_OUTPUT;

  private static final int MAX_CONSTANT_BYTES = 65535;

  private final OutputTypeReader reader;
  private final OutputClassWriter writer;

  /**
   * @param inThisCompilation whether a top-level type is compiled from source in this build
   */
  public OutputStep(
      ProcessingEnvironment env,
      Diagnostics diagnostics,
      GeneratedFiles files,
      Predicate<TypeElement> inThisCompilation) {
    super(env, diagnostics, files, ANNOTATION);
    this.reader = new OutputTypeReader(env, diagnostics, inThisCompilation);
    boolean generatedAvailable =
        elements.getTypeElement("javax.annotation.processing.Generated") != null;
    this.writer = new OutputClassWriter(generatedAvailable);
  }

  @Override
  void generate(TypeElement type) {
    reader.read(type).ifPresent(this::writeFiles);
  }

  private void writeFiles(SchemaModel model) {
    String schema = SchemaJsonWriter.write(model);
    // JSON_SCHEMA is a constant; the class file format limits constants to 65535 bytes.
    int size = schema.getBytes(StandardCharsets.UTF_8).length;
    if (size > MAX_CONSTANT_BYTES) {
      diagnostics.error(model.origin(), Messages.SCHEMA_TOO_LARGE, model.sourceType(), size);
      return;
    }
    writeClassAndResource(
        () -> writer.write(model, schema),
        GeneratedNames.schemaClass(model.sourceType()),
        GeneratedNames.schemaResource(model.binaryName()),
        schema,
        model.origin());
  }
}
