package dev.interactions4j.processor.step;

import dev.interactions4j.processor.model.RuntimeNames;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.generation.ServiceClassWriter;
import dev.interactions4j.processor.model.ServiceModel;
import dev.interactions4j.processor.validation.ServiceInterfaceReader;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Handles {@code @GeminiService}: for each annotated interface, read a model and write {@code
 * Gemini<Name>}. Interfaces that reach a type not generated yet are retried next round.
 */
public final class ServiceStep extends TypeStep {
  /** The annotation this step handles. */
  public static final String ANNOTATION = RuntimeNames.GEMINI_SERVICE;

  private final ServiceInterfaceReader reader;
  private final ServiceClassWriter writer;

  public ServiceStep(ProcessingEnvironment env, Diagnostics diagnostics, GeneratedFiles files) {
    super(env, diagnostics, files, ANNOTATION);
    this.reader = new ServiceInterfaceReader(env, diagnostics);
    this.writer = new ServiceClassWriter(elements.getTypeElement("javax.annotation.processing.Generated") != null);
  }

  @Override
  void generate(TypeElement type) {
    reader.read(type).ifPresent(this::writeFile);
  }

  private void writeFile(ServiceModel model) {
    files.source(
        () -> writer.write(model),
        model.origin(),
        () ->
            diagnostics.note(
                model.origin(), Messages.GENERATED, model.implementationClass(), "no resource"));
  }
}
