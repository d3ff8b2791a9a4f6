package dev.interactions4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.testing.compile.Compilation;
import dev.interactions4j.processor.testing.Golden;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule for bad @GeminiService input: exactly one error, its full text, on the offending line. */
class ServiceDiagnosticsTest {
  private static final String RETURNS = "which a service call cannot produce; return String, a @GeminiOutput type,"
      + " Reply<String or a @GeminiOutput type>, Stream<String>, GeneratedImage, GeneratedAudio, Reply<GeneratedImage"
      + " or GeneratedAudio>, BackgroundTask<String, Report, Interaction or a @GeminiOutput type>, Report, or Interaction";

  static Stream<Arguments> rules() {
    return Stream.of(
        arguments("ServiceClass", "public class ServiceClass",
            "@GeminiService can only be applied to interfaces; test.ServiceClass is a class; declare the service as an"
                + " interface: its implementation is generated"),
        arguments("GenericService", "public interface GenericService<T>",
            "@GeminiService interface test.GenericService must not declare type parameters; declare the service on a"
                + " non-generic interface"),
        arguments("NoMethods", "public interface NoMethods",
            "@GeminiService interface test.NoMethods declares no abstract method; declare one method per call"),
        arguments("GenericMethod", "<T> T ask(String question)",
            "@GeminiService method 'ask' must not declare type parameters; its input and answer need concrete types"),
        arguments("VoidReturn", "void ping(String question)", "Method 'ping' returns void, " + RETURNS),
        arguments("ListReturn", "List<String> names(String question)",
            "Method 'names' returns java.util.List<java.lang.String>, " + RETURNS),
        arguments("StreamOfNumbers", "Stream<Integer> count(String question)",
            "Method 'count' returns java.util.stream.Stream<java.lang.Integer>, " + RETURNS),
        arguments("NotOutput", "Plain plan(String request)",
            "Method 'plan' returns test.NotOutput.Plain, which is not a @GeminiOutput type; annotate Plain with"
                + " @GeminiOutput so its schema and parser are generated"),
        arguments("ReplyOfPlain", "Reply<Plain> plan(String request)",
            "Method 'plan' returns test.ReplyOfPlain.Plain, which is not a @GeminiOutput type; annotate Plain with"
                + " @GeminiOutput so its schema and parser are generated"),
        arguments("AgentNotBackground", "String research(String topic)",
            "@Agent method 'research' must return BackgroundTask<T>: agents run in the background and are polled,"
                + " e.g. BackgroundTask<Report>"),
        arguments("NoInput", "String joke()",
            "Method 'joke' has no input; add a String or media parameter, or a @Prompt(\"...\") template"),
        arguments("ParameterNotInput", "int days",
            "Parameter 'days' of method 'plan' has type int, which is neither text nor media; use it in a @Prompt"
                + " template on the method: @Prompt(\"... {days} ...\")"),
        arguments("PlaceholderUnknown", "String plan(String city)",
            "@Prompt placeholder {cty} of method 'plan' names no parameter; use a parameter's name, or write {{ and }}"
                + " for literal braces"),
        arguments("ParameterUnused", "int days",
            "Parameter 'days' of method 'plan' is not in its @Prompt template, so the model would never see it; add"
                + " {days} to the template or remove the parameter"),
        arguments("MediaInTemplate", "Image photo",
            "Parameter 'photo' of method 'describe' is media, which cannot be written into @Prompt text; leave it"
                + " out of the template: media parameters are sent after the text"),
        arguments("UnclosedPlaceholder", "String plan(String city)",
            "@Prompt template of method 'plan' has an unclosed '{'; close it, or write {{ for a literal brace"),
        arguments("ToolNotTool", "public interface ToolNotTool",
            "java.lang.Runnable is listed in @GeminiService(tools = ...) but is not a @GeminiTool interface; annotate"
                + " it with @GeminiTool or remove it from tools"),
        arguments("BlankModel", "public interface BlankModel",
            "@GeminiService(model) on interface test.BlankModel is blank; give it a model or agent name"),
        arguments("ResumeClash", "public interface ResumeClash",
            "Method 'resumeResearch' clashes with the generated method resumeResearch(String) of the service's"
                + " implementation; rename it"),
        arguments("PrivateService", "private interface Hidden",
            "Type test.PrivateService.Hidden is private; generated code cannot use it, so make it package-private or"
                + " public"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void badInput_isOneErrorOnTheElement(String fixture, String line, String message) {
    JavaFileObject source = Golden.source("service-diagnostics/" + fixture + ".java");
    Compilation compilation = javac().withProcessors(new GeminiProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }
}
