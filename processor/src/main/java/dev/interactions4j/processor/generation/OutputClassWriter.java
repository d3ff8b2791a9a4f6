package dev.interactions4j.processor.generation;

import dev.interactions4j.processor.model.GeneratedNames;
import dev.interactions4j.processor.model.RuntimeNames;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.interactions4j.processor.model.Definition;
import dev.interactions4j.processor.model.SchemaModel;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <T>Schema} for a {@link SchemaModel}: the schema constant, the {@code
 * OutputType<T>} descriptor, public {@code parse}/{@code write}, and one private read and write
 * method per definition it reaches without passing through another {@code @GeminiOutput} type, in
 * discovery order; those are read and written through their own {@code <U>Schema.TYPE}.
 */
public final class OutputClassWriter {
  private final boolean generatedAvailable;

  /**
   * @param generatedAvailable whether {@code javax.annotation.processing.Generated} exists
   */
  public OutputClassWriter(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  /** The generated file for {@code model}. */
  public JavaFile write(SchemaModel model) {
    return write(model, SchemaJsonWriter.write(model));
  }

  /** The generated file for {@code model}, whose schema text {@code schemaJson} already is. */
  public JavaFile write(SchemaModel model, String schemaJson) {
    ClassName source = model.sourceType();
    ClassName self = GeneratedNames.schemaClass(source);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addJavadoc(classJavadoc(model))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addOriginatingElement(model.origin());
    if (generatedAvailable) {
      type.addAnnotation(
          AnnotationSpec.builder(RuntimeNames.GENERATED)
              .addMember("value", "$S", GeneratedNames.PROCESSOR)
              .build());
    }
    type.addAnnotation(RuntimeNames.GEMINI_GENERATED);
    type.addField(schemaField(model, schemaJson));
    type.addField(typeField(model, self));
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(parseMethod(source));
    type.addMethod(writeMethod(source));
    ReadCode reads = new ReadCode(model, self, model.outputKeys());
    WriteCode writes = new WriteCode(model, self, model.outputKeys());
    for (Definition definition : model.ownDefinitions()) {
      type.addMethod(reads.method(definition));
      type.addMethod(writes.method(definition));
    }
    return JavaFile.builder(source.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static CodeBlock classJavadoc(SchemaModel model) {
    CodeBlock.Builder doc = CodeBlock.builder();
    firstSentence(model.root().description()).ifPresent(sentence -> doc.add("$L\n\n<p>", sentence));
    return doc.add(
            "Structured output support for {@link $T}: its JSON Schema, its {@code OutputType} and"
                + " a\n"
                + "reflection-free parser and writer. Generated from its source; do not edit.\n",
            model.sourceType())
        .build();
  }

  // public static final String JSON_SCHEMA = "{...}";
  private static FieldSpec schemaField(SchemaModel model, String schemaJson) {
    return FieldSpec.builder(
            String.class, "JSON_SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "The JSON Schema of {@link $T}, using only keywords Gemini accepts.\n",
            model.sourceType())
        .initializer(Literals.json(schemaJson))
        .build();
  }

  // public static final OutputType<T> TYPE = OutputType.of("p.T", JSON_SCHEMA, TSchema::readT,
  // ...);
  private static FieldSpec typeField(SchemaModel model, ClassName self) {
    ParameterizedTypeName type = ParameterizedTypeName.get(RuntimeNames.OUTPUT_TYPE, model.sourceType());
    return FieldSpec.builder(type, "TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "The structured output type of {@link $T}: pass it to the client, or parse and write"
                + " with it.\n",
            model.sourceType())
        .initializer(
            "$T.outputType($S,$WJSON_SCHEMA,$W$T::$N,$W$T::$N)",
            RuntimeNames.TRUSTED_SCHEMAS,
            model.sourceType().canonicalName(),
            self,
            GeneratedNames.readMethod(model.rootKey()),
            self,
            GeneratedNames.writeMethod(model.rootKey()))
        .build();
  }

  private static MethodSpec parseMethod(ClassName source) {
    return MethodSpec.methodBuilder("parse")
        .addJavadoc(
            "Reads one {@link $T} from {@code parser}, validating types, required properties and\n"
                + "constraints.\n\n"
                + "@param parser positioned before or on the value's first token\n"
                + "@return the value, never half-built\n"
                + "@throws $T if the JSON does not match\n",
            source,
            RuntimeNames.MISMATCH)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(source)
        .addParameter(RuntimeNames.JSON_PARSER, "parser")
        .addStatement("return TYPE.read(parser)")
        .build();
  }

  private static MethodSpec writeMethod(ClassName source) {
    return MethodSpec.methodBuilder("write")
        .addJavadoc(
            "Writes {@code value} as one JSON value.\n\n"
                + "@param value the value to write\n@param generator where to write it\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(source, "value")
        .addParameter(RuntimeNames.JSON_GENERATOR, "generator")
        .addStatement("TYPE.write(value, generator)")
        .build();
  }

  private static Optional<String> firstSentence(Optional<String> description) {
    return description.map(
        text -> {
          int end = text.indexOf(". ");
          String sentence = end < 0 ? text.split("\n")[0] : text.substring(0, end + 1);
          return sentence.replace("*/", "*&#47;");
        });
  }
}
