package dev.interactions4j.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.testing.compile.Compilation;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.model.Definition;
import dev.interactions4j.processor.model.JsonType;
import dev.interactions4j.processor.model.Presence;
import dev.interactions4j.processor.model.PropertyModel;
import dev.interactions4j.processor.model.SchemaModel;
import dev.interactions4j.processor.testing.Golden;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The reader on real compiled sources: the model it returns, before any writer runs. */
class OutputTypeReaderTest {

  /** Runs the reader on every {@code @GeminiOutput} type and keeps the models. */
  static final class Capture extends AbstractProcessor {
    final Map<String, SchemaModel> models = new LinkedHashMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("dev.interactions4j.schema.GeminiOutput");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager(), false);
      OutputTypeReader reader = new OutputTypeReader(processingEnv, diagnostics, type -> true);
      for (TypeElement annotation : annotations) {
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          TypeElement type = (TypeElement) element;
          reader.read(type).ifPresent(m -> models.put(type.getSimpleName().toString(), m));
        }
      }
      return false;
    }
  }

  private static Map<String, SchemaModel> read(String fixture) {
    Capture capture = new Capture();
    List<JavaFileObject> inputs = Golden.inputs("schema/" + fixture);
    Compilation compilation = javac().withProcessors(capture).compile(inputs);
    assertThat(compilation).succeeded();
    return capture.models;
  }

  @Test
  void record_keepsDeclarationOrderPresenceAndDescriptions() {
    SchemaModel recipe = read("recipe").get("Recipe");
    assertEquals(
        List.of("Recipe", "Recipe_Ingredient", "Recipe_Difficulty"),
        recipe.definitions().stream().map(Definition::key).toList());
    Definition.Record root = (Definition.Record) recipe.root();
    assertEquals(
        List.of("name", "ingredients", "minutes", "difficulty"),
        root.properties().stream().map(PropertyModel::jsonName).toList());
    assertEquals(
        List.of(Presence.REQUIRED, Presence.REQUIRED, Presence.OPTIONAL, Presence.REQUIRED),
        root.properties().stream().map(PropertyModel::presence).toList());
    assertEquals(Optional.of("Name of the dish."), root.properties().get(0).description());
    JsonType.Array ingredients = (JsonType.Array) root.properties().get(1).type();
    assertEquals(1, ingredients.constraints().minSize());
    assertEquals(Set.of(), recipe.recursiveKeys());
  }

  @Test
  void recursion_isNotedOnlyForTypesThatReferToThemselves() {
    Map<String, SchemaModel> models = read("recursive");
    assertEquals(Set.of("TreeNode"), models.get("TreeNode").recursiveKeys());
    assertEquals(Set.of("Folder"), models.get("Folder").recursiveKeys());
  }

  @Test
  void genericRecord_getsOneDefinitionPerTypeArgument() {
    SchemaModel result = read("generic").get("SearchResult");
    assertEquals(
        List.of("SearchResult", "Page_Recipe_Ingredient", "Recipe_Ingredient", "Page_String"),
        result.definitions().stream().map(Definition::key).toList());
  }

  @Test
  void sealedInterface_flattensNestedSealedInterfacesIntoTaggedVariants() {
    Definition.Sealed shape = (Definition.Sealed) read("sealed").get("Shape").root();
    assertEquals("type", shape.discriminator());
    assertEquals(
        List.of("Circle", "square", "Triangle"),
        shape.variants().stream().map(Definition.Variant::tag).toList());
    Definition.Record square =
        assertInstanceOf(
            Definition.Record.class, read("sealed").get("Shape").definition("Shape_Square"));
    assertEquals(
        Optional.of(new Definition.Discriminator("type", "square")), square.discriminator());
  }
}
