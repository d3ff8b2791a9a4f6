package dev.interactions4j.processor.step;

import dev.interactions4j.processor.model.RuntimeNames;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.generation.GeneratedNames;
import dev.interactions4j.processor.generation.ToolClassWriter;
import dev.interactions4j.processor.model.ToolModel;
import dev.interactions4j.processor.validation.ToolInterfaceReader;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Handles {@code @GeminiTool}: for each annotated interface, read a model, write {@code
 * <I>Functions} and the declarations resource. Interfaces that reach a type not generated yet are
 * retried next round.
 */
public final class ToolStep extends TypeStep {
  /** The annotation this step handles. */
  public static final String ANNOTATION = RuntimeNames.GEMINI_TOOL;

  private final ToolInterfaceReader reader;
  private final ToolClassWriter writer;

  /**
   * @param inThisCompilation whether a top-level type is compiled from source in this build
   */
  public ToolStep(
      ProcessingEnvironment env,
      Diagnostics diagnostics,
      GeneratedFiles files,
      Predicate<TypeElement> inThisCompilation) {
    super(env, diagnostics, files, ANNOTATION);
    this.reader = new ToolInterfaceReader(env, diagnostics, inThisCompilation);
    this.writer = new ToolClassWriter(elements.getTypeElement("javax.annotation.processing.Generated") != null);
  }

  @Override
  void generate(TypeElement type) {
    reader.read(type).ifPresent(this::writeFiles);
  }

  private void writeFiles(ToolModel model) {
    String declarations = ToolClassWriter.declarations(model);
    writeClassAndResource(
        () -> writer.write(model, declarations),
        GeneratedNames.functionsClass(model.sourceType()),
        GeneratedNames.functionsResource(model.binaryName()),
        declarations,
        model.origin());
  }
}
