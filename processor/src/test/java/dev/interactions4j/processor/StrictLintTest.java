package dev.interactions4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A user's strict build ({@code -Xlint:all -Werror}) stays green: the processor claims every
 * annotation of the library, those it starts from and those it only reads.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StrictLintTest {
  private static final JavaFileObject USER_CODE =
      JavaFileObjects.forSourceString(
          "example.Assistant",
          """
          package example;

          import dev.interactions4j.schema.Description;
          import dev.interactions4j.schema.GeminiOutput;
          import dev.interactions4j.schema.Nullable;
          import dev.interactions4j.schema.Size;
          import dev.interactions4j.service.GeminiService;
          import dev.interactions4j.service.Prompt;
          import dev.interactions4j.service.SystemInstruction;
          import dev.interactions4j.tools.GeminiTool;
          import java.util.List;

          @GeminiService(model = "gemini-3-flash-preview", tools = Assistant.Tools.class)
          @SystemInstruction("Be brief.")
          public interface Assistant {
            @Prompt("Extract the contact: {text}")
            Contact contact(String text);

            @GeminiOutput
            record Contact(@Description("full name") String name, @Nullable String email,
                @Size(max = 3) List<String> topics) {}

            @GeminiTool
            interface Tools {
              /** Weather in a city. @param city the city */
              String weather(String city);
            }
          }
          """);

  @Test
  void strictBuild_hasNoWarning() {
    Compilation compilation =
        javac().withProcessors(new GeminiProcessor()).withOptions("-Xlint:all", "-Werror").compile(USER_CODE);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("example.GeminiAssistant");
  }

  @Test
  void aProcessorThatClaimsNothing_failsTheStrictBuild() {
    Compilation compilation =
        javac().withProcessors(new ClaimingNothing()).withOptions("-Xlint:all", "-Werror").compile(USER_CODE);
    assertThat(compilation).failed();
    assertThat(compilation).hadWarningContaining("No processor claimed any of these annotations");
  }

  /** The processor as it was: the same work, nothing claimed. */
  private static final class ClaimingNothing extends AbstractProcessor {
    private final GeminiProcessor delegate = new GeminiProcessor();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      delegate.init(env);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      delegate.process(annotations, round);
      return false;
    }
  }
}
