package dev.interactions4j.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.model.Definition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a sealed interface into a {@link Definition.Sealed}: its permitted records (through nested
 * sealed interfaces too) as variants, each with its discriminator tag, reporting generic or
 * non-record subtypes and tags used twice. The variants themselves are defined by the {@link
 * DefinitionReader}, like any record.
 */
final class SealedReader {
  private final Diagnostics diagnostics;
  private final Annotations annotations;
  private final DefinitionReader definitions;

  SealedReader(Diagnostics diagnostics, Annotations annotations, DefinitionReader definitions) {
    this.diagnostics = diagnostics;
    this.annotations = annotations;
    this.definitions = definitions;
  }

  /** The discriminator value of a variant record: {@code @JsonName}, else its simple name. */
  String tag(TypeElement record) {
    return annotations
        .stringValue(record, Annotations.JSON_NAME)
        .or(
            () ->
                Annotations.findBySimpleName(record.getAnnotationMirrors(), "JsonTypeName")
                    .map(m -> annotations.value(m, "value").getValue().toString())
                    .filter(name -> !name.isEmpty()))
        .orElse(record.getSimpleName().toString());
  }

  /** A sealed interface and its permitted records, as discriminated variants. */
  Optional<Definition> read(
      TypeElement element, String key, TypeName javaType, Site site) {
    int errors = diagnostics.errorCount();
    List<Definition.Variant> variants = new ArrayList<>();
    collectVariants(element, element, variants, new LinkedHashMap<>(), site);
    if (diagnostics.errorCount() > errors) {
      return Optional.empty();
    }
    return Optional.of(
        new Definition.Sealed(
            key, javaType, definitions.description(element), RecordReader.DISCRIMINATOR, variants));
  }

  private void collectVariants(
      TypeElement top,
      TypeElement sealed,
      List<Definition.Variant> variants,
      Map<String, TypeElement> owners,
      Site use) {
    Site here = definitions.site(sealed, sealed, "");
    if (!sealed.getTypeParameters().isEmpty()) {
      diagnostics.error(here.element(), Messages.SEALED_GENERIC, sealed.getQualifiedName());
      return;
    }
    for (TypeMirror permitted : sealed.getPermittedSubclasses()) {
      if (permitted.getKind() == TypeKind.ERROR) {
        throw new MissingTypeException(permitted.toString());
      }
      TypeElement sub = (TypeElement) ((DeclaredType) permitted).asElement();
      if (sub.getKind() == ElementKind.INTERFACE && sub.getModifiers().contains(Modifier.SEALED)) {
        collectVariants(top, sub, variants, owners, use);
      } else if (sub.getKind() != ElementKind.RECORD) {
        diagnostics.error(
            here.element(),
            Messages.SEALED_PERMITS_OTHER,
            sealed.getQualifiedName(),
            sub.getQualifiedName());
      } else if (!sub.getTypeParameters().isEmpty()) {
        diagnostics.error(here.element(), Messages.SEALED_GENERIC, sub.getQualifiedName());
      } else {
        addVariant(top, sub, variants, owners, use);
      }
    }
  }

  private void addVariant(
      TypeElement top,
      TypeElement record,
      List<Definition.Variant> variants,
      Map<String, TypeElement> owners,
      Site use) {
    String tag = tag(record);
    TypeElement other = owners.putIfAbsent(tag, record);
    if (other != null) {
      Site here = definitions.site(top, top, "");
      diagnostics.error(
          here.element(),
          Messages.DUPLICATE_TAG,
          top.getQualifiedName(),
          other.getQualifiedName(),
          record.getQualifiedName(),
          tag);
      return;
    }
    definitions.define((DeclaredType) record.asType(), use)
        .ifPresent(
            named -> variants.add(new Definition.Variant(tag, named.key(), named.javaType())));
  }
}
