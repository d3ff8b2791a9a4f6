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

/** Every rule for bad @GeminiTool input: exactly one error, its full text, on the offending line. */
class FunctionDiagnosticsTest {

  static Stream<Arguments> rules() {
    return Stream.of(
        arguments("ToolClass", "public class ToolClass",
            "@GeminiTool can only be applied to interfaces; test.ToolClass is a class; declare the tools on an"
                + " interface and implement it"),
        arguments("Overloaded", "String find(int id)",
            "Function name 'find' is already used by find(); the model calls functions by name alone, so rename"
                + " one method or set @GeminiTool.Name on it"),
        arguments("SameNameTwice", "String forecast(String city)",
            "Function name 'weather' is already used by weather(); the model calls functions by name alone, so"
                + " rename one method or set @GeminiTool.Name on it"),
        arguments("GenericMethod", "<T> T lookup(String key)",
            "@GeminiTool method 'lookup' must not declare type parameters; tool arguments need concrete JSON types"),
        arguments("InvalidName", "String weather(String city)",
            "Function name 'get weather' of method 'weather' is not valid: a function name has letters, digits,"
                + " '_' and '-', starts with a letter or '_' and has at most 64 characters; set"
                + " @GeminiTool.Name(\"...\") to a valid name"),
        arguments("ObjectParameter", "String echo(Object value)",
            "Parameter 'value' of @GeminiTool method 'echo' has type java.lang.Object, which says nothing about"
                + " the JSON the model should write; use a concrete record, enum, String or number type"),
        arguments("MapParameter", "String score(Map<Integer, String> byId)",
            "Parameter 'byId' of @GeminiTool method 'score' has type java.util.Map<java.lang.Integer,java.lang.String>,"
                + " whose keys are not String; JSON object keys are strings, so use java.util.Map<String, V>"),
        arguments("ThreadReturn", "Thread spawn(String name)",
            "Return type of @GeminiTool method 'spawn' has type java.lang.Thread, a runtime object (thread,"
                + " task, I/O handle or class) with no JSON form; keep only data in @GeminiOutput types"),
        arguments("GenericInterface", "public interface GenericInterface<T>",
            "@GeminiTool interface test.GenericInterface must not declare type parameters; function arguments"
                + " need concrete JSON types, so declare the tools on a non-generic interface"),
        arguments("PrivateTools", "private interface Hidden",
            "Type test.PrivateTools.Hidden is private; generated code cannot use it, so make it package-private or"
                + " public"),
        arguments("NoMethods", "public interface NoMethods",
            "@GeminiTool interface test.NoMethods declares no abstract method; declare one method per function"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void badInput_isOneErrorOnTheElement(String fixture, String line, String message) {
    JavaFileObject source = Golden.source("tool-diagnostics/" + fixture + ".java");
    Compilation compilation = javac().withProcessors(new GeminiProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }
}
