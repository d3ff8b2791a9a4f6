package dev.interactions4j.processor.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The classes of a compile-testing compilation, loaded so that a test can run the code the
 * processor generated from sources written in the test (for inputs that cannot be test fixtures,
 * such as text a broken processor turns into a source that does not compile).
 */
public final class CompiledClasses extends ClassLoader {
  private final Map<String, byte[]> classes = new HashMap<>();

  private CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int at = path.indexOf("/CLASS_OUTPUT/");
      if (at >= 0 && path.endsWith(".class")) {
        String name = path.substring(at + 14, path.length() - 6).replace('/', '.');
        classes.put(name, bytes(file));
      }
    }
  }

  /** The classes of {@code compilation}, which must have succeeded. */
  public static CompiledClasses of(Compilation compilation) {
    assertThat(compilation).succeeded();
    return new CompiledClasses(compilation);
  }

  /** The compiled class named {@code binaryName}, e.g. {@code test.A$B}. */
  public Class<?> load(String binaryName) {
    try {
      return loadClass(binaryName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not compiled: " + binaryName + " (compiled: " + classes.keySet() + ")", e);
    }
  }

  /** The value of the static field {@code field} of the compiled class {@code binaryName}. */
  public Object staticField(String binaryName, String field) {
    try {
      return load(binaryName).getField(field).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(binaryName + "." + field, e);
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
