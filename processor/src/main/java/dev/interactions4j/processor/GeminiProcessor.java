package dev.interactions4j.processor;

import com.google.auto.service.AutoService;
import dev.interactions4j.processor.step.GeneratedFiles;
import dev.interactions4j.processor.step.OutputStep;
import dev.interactions4j.processor.step.ServiceStep;
import dev.interactions4j.processor.step.ToolStep;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The interactions4j annotation processor, the only public entry point of this module. Runs one
 * step per annotation ({@code @GeminiOutput}, {@code @GeminiTool}, {@code @GeminiService}) and claims the
 * library's annotations.
 */
@AutoService(Processor.class)
public final class GeminiProcessor extends AbstractProcessor {
  /** {@code -Ainteractions4j.verbose=true} prints notes. */
  public static final String VERBOSE = "interactions4j.verbose";

  // Top-level types whose sources this compilation sees: only those have Javadoc and positions.
  private final Set<String> sourceTypes = new HashSet<>();
  private OutputStep outputStep;
  private ToolStep toolStep;
  private ServiceStep serviceStep;
  private GeneratedFiles files;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    Diagnostics diagnostics =
        new Diagnostics(env.getMessager(), Boolean.parseBoolean(env.getOptions().get(VERBOSE)));
    files = new GeneratedFiles(env.getFiler(), diagnostics);
    outputStep =
        new OutputStep(
            env,
            diagnostics,
            files,
            type -> sourceTypes.contains(type.getQualifiedName().toString()));
    toolStep =
        new ToolStep(
            env,
            diagnostics,
            files,
            type -> sourceTypes.contains(type.getQualifiedName().toString()));
    serviceStep = new ServiceStep(env, diagnostics, files);
  }

  /**
   * Every annotation of the library, the three that start a step and those the steps read
   * ({@code @Prompt}, {@code @Description}, constraints, the generated-code marker), and the JDK's
   * {@code @Generated} that the generated classes carry: claimed, so javac's
   * {@code -Xlint:processing} never reports them unclaimed and a user's {@code -Werror} build
   * stays green. The cost: a processor that javac runs after this one no longer sees them, and one
   * that supports {@code "*"} is not called in a round whose only annotations are these (list it
   * first on the processor path; docs/TROUBLESHOOTING.md).
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.interactions4j.*", "javax.annotation.processing.Generated");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(VERBOSE);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        sourceTypes.add(type.getQualifiedName().toString());
      }
    }
    try {
      outputStep.process(round);
      toolStep.process(round);
      serviceStep.process(round);
    } finally {
      files.flush();
    }
    return true;
  }
}
