package dev.interactions4j.processor.validation;

import dev.interactions4j.processor.model.RuntimeNames;
import dev.interactions4j.processor.model.PropertyModel;
import javax.lang.model.element.VariableElement;
import com.palantir.javapoet.TypeName;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.model.Constraints;
import dev.interactions4j.processor.model.Definition;
import dev.interactions4j.processor.model.JsonType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads the named types reachable from a {@code @GeminiOutput} type (records, enums, sealed
 * interfaces) into {@link Definition}s, once each, giving each a unique key and noting recursion.
 */
final class DefinitionReader {
  private static final String OUTPUT = RuntimeNames.GEMINI_OUTPUT;
  private final Elements elements;
  private final Diagnostics diagnostics;
  private final Annotations annotations;
  private final ReadSession session;
  private final Predicate<TypeElement> inThisCompilation;
  private final TypeElement root;
  private final RecordReader records;
  private final JsonTypeMapper mapper;
  private final ForeignDescriptions foreign;
  private final SealedReader sealed;

  DefinitionReader(
      ProcessingEnvironment env,
      Diagnostics diagnostics,
      Predicate<TypeElement> inThisCompilation,
      TypeElement root) {
    this.elements = env.getElementUtils();
    this.diagnostics = diagnostics;
    this.annotations = new Annotations(elements);
    this.session = new ReadSession();
    this.inThisCompilation = inThisCompilation;
    this.root = root;
    this.foreign = new ForeignDescriptions(elements);
    NoJsonForm noJsonForm = new NoJsonForm(elements, env.getTypeUtils());
    ConstraintReader constraints = new ConstraintReader(annotations, diagnostics);
    this.mapper = new JsonTypeMapper(diagnostics, constraints, noJsonForm, this);
    this.records = new RecordReader(env, diagnostics, annotations, mapper, this);
    this.sealed = new SealedReader(diagnostics, annotations, this);
  }

  /** The session's findings. */
  ReadSession session() {
    return session;
  }

  /** A reference to the definition of {@code type}, reading it first if new. */
  Optional<JsonType.Named> define(DeclaredType type, Site site) {
    TypeName javaType = TypeName.get(type).withoutAnnotations();
    String identity = javaType.toString();
    String known = session.knownKey(identity);
    if (known != null) {
      return Optional.of(new JsonType.Named(known, javaType, Constraints.NONE));
    }
    TypeElement element = (TypeElement) type.asElement();
    if (!accessible(element, site)) {
      return Optional.empty();
    }
    String typeName = element.getQualifiedName().toString();
    boolean generic = !type.getTypeArguments().isEmpty();
    if (generic && session.growing(typeName, identity)) {
      diagnostics.error(site.element(), Messages.POLYMORPHIC_RECURSION, site.subject(), javaType, typeName);
      return Optional.empty();
    }
    String key = session.begin(identity, baseKey(type));
    if (annotations.find(element, OUTPUT).isPresent()) {
      session.markOutput(key);
    }
    if (generic) {
      session.openGeneric(typeName, identity);
    }
    Optional<? extends Definition> definition =
        switch (element.getKind()) {
          case RECORD -> records.read(type, key, javaType);
          case ENUM -> readEnum(element, key, javaType);
          default -> sealed.read(element, key, javaType, site);
        };
    if (generic) {
      session.closeGeneric(typeName);
    }
    session.finish(key, definition.orElse(null));
    return definition.map(d -> new JsonType.Named(key, javaType, Constraints.NONE));
  }

  /** A method parameter as a property, read like a record component. */
  Optional<PropertyModel> parameter(VariableElement parameter, TypeMirror type, Site site, Optional<String> paramTag) {
    return records.parameter(parameter, type, site, paramTag);
  }

  /** The JSON shape of {@code type} (a method's return type, say). */
  Optional<JsonType> map(TypeMirror type, Site site) {
    return mapper.map(type, site, List.of());
  }

  /**
   * Defines a record that exists only in generated code (a function's arguments or result) under
   * a unique key; {@code properties} is called after the key is taken, so it may define more types.
   */
  Optional<String> defineSynthetic(
      String identity,
      String base,
      TypeName javaType,
      Optional<String> description,
      java.util.function.Supplier<Optional<List<PropertyModel>>> properties) {
    String key = session.begin(identity, base);
    Optional<List<PropertyModel>> read = properties.get();
    session.finish(
        key,
        read.map(p -> new Definition.Record(key, javaType, description, Optional.empty(), p)).orElse(null));
    return read.map(p -> key);
  }

  /**
   * Where problems inside {@code owner} are reported: on it if in this compilation, else on root.
   */
  Site site(Element element, TypeElement owner, String subject) {
    if (!isForeign(owner)) {
      return new Site(element, subject);
    }
    return new Site(root, subject + " of " + owner.getQualifiedName());
  }

  /**
   * {@code @Description} on {@code element}, else its Javadoc; for a type from another compilation
   * unit (no Javadoc), else the description in its own generated schema.
   */
  Optional<String> description(Element element) {
    Optional<String> explicit = annotations.stringValue(element, Annotations.DESCRIPTION);
    if (explicit.isPresent()) {
      return explicit;
    }
    Optional<String> javadoc = JavadocText.mainDescription(elements.getDocComment(element));
    if (javadoc.isEmpty() && element instanceof TypeElement type && isForeign(type)) {
      return foreign.ofType(type);
    }
    return javadoc;
  }

  /** The description of a component of a record from another compilation unit, if known. */
  Optional<String> foreignDescription(TypeElement record, String jsonName) {
    return isForeign(record) ? foreign.ofProperty(record, jsonName) : Optional.empty();
  }

  private boolean isForeign(TypeElement type) {
    return !inThisCompilation.test(outermost(type));
  }

  /** The discriminator value of a variant record: {@code @JsonName}, else its simple name. */
  String tag(TypeElement record) {
    return sealed.tag(record);
  }

  private Optional<Definition> readEnum(TypeElement element, String key, TypeName javaType) {
    List<Definition.EnumConstant> constants = new ArrayList<>();
    Map<String, String> owners = new LinkedHashMap<>();
    int errors = diagnostics.errorCount();
    for (Element member : element.getEnclosedElements()) {
      if (member.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String javaName = member.getSimpleName().toString();
      String jsonName = annotations.jsonName(member).orElse(javaName);
      String other = owners.putIfAbsent(jsonName, javaName);
      if (other != null) {
        Site site = site(member, element, "");
        diagnostics.error(site.element(), Messages.DUPLICATE_ENUM_NAME, javaName, jsonName, other);
      }
      constants.add(new Definition.EnumConstant(javaName, jsonName, description(member)));
    }
    if (diagnostics.errorCount() > errors) {
      return Optional.empty();
    }
    return Optional.of(new Definition.Enum(key, javaType, description(element), constants));
  }

  private boolean accessible(TypeElement element, Site site) {
    String rootPackage = elements.getPackageOf(root).getQualifiedName().toString();
    for (Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.error(site.element(), Messages.NOT_ACCESSIBLE, element.getQualifiedName());
        return false;
      }
      boolean samePackage = elements.getPackageOf(e).getQualifiedName().contentEquals(rootPackage);
      if (!samePackage && !e.getModifiers().contains(Modifier.PUBLIC)) {
        diagnostics.error(
            site.element(),
            Messages.NOT_ACCESSIBLE_FROM_PACKAGE,
            element.getQualifiedName(),
            rootPackage);
        return false;
      }
    }
    return true;
  }

  // Outer_Inner, and Page_Item for Page<Item>: readable $defs keys and Java method suffixes.
  private static String baseKey(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return baseKey(((javax.lang.model.type.ArrayType) type).getComponentType()) + "Array";
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return type.getKind().toString().toLowerCase(java.util.Locale.ROOT);
    }
    DeclaredType declared = (DeclaredType) type;
    StringBuilder key = new StringBuilder();
    for (Element e = declared.asElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
      key.insert(0, key.length() == 0 ? e.getSimpleName() : e.getSimpleName() + "_");
    }
    for (TypeMirror argument : declared.getTypeArguments()) {
      key.append('_').append(baseKey(argument));
    }
    return key.toString();
  }

  private static TypeElement outermost(TypeElement type) {
    TypeElement outer = type;
    while (outer.getEnclosingElement() instanceof TypeElement enclosing) {
      outer = enclosing;
    }
    return outer;
  }
}
