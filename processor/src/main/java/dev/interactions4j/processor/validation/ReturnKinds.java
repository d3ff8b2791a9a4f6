package dev.interactions4j.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.model.GeneratedNames;
import dev.interactions4j.processor.model.RuntimeNames;
import dev.interactions4j.processor.model.ServiceModel.Answer;
import dev.interactions4j.processor.model.ServiceModel.Payload;
import dev.interactions4j.processor.model.ServiceModel.Shape;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Classifies a {@code @GeminiService} method's return type into a payload and a shape: {@code T},
 * {@code Reply<T>}, {@code Stream<String>} or {@code BackgroundTask<T>}. Reports an unsupported
 * return type on the method.
 */
final class ReturnKinds {
  private static final String STRING = "java.lang.String";
  private static final Map<String, Shape> WRAPPERS = Map.of(
      RuntimeNames.REPLY, Shape.REPLY,
      "java.util.stream.Stream", Shape.STREAM,
      RuntimeNames.BACKGROUND_TASK, Shape.BACKGROUND);
  // The payloads each shape takes besides a @GeminiOutput type (which Stream does not take).
  private static final Map<Shape, Map<String, Payload>> PAYLOADS = Map.of(
      Shape.PLAIN, Map.of(STRING, Payload.TEXT, RuntimeNames.INTERACTION, Payload.INTERACTION,
          RuntimeNames.REPORT.canonicalName(), Payload.REPORT, RuntimeNames.GENERATED_IMAGE, Payload.IMAGE,
          RuntimeNames.GENERATED_AUDIO, Payload.AUDIO),
      Shape.REPLY, Map.of(STRING, Payload.TEXT,
          RuntimeNames.GENERATED_IMAGE, Payload.IMAGE, RuntimeNames.GENERATED_AUDIO, Payload.AUDIO),
      Shape.STREAM, Map.of(STRING, Payload.TEXT),
      Shape.BACKGROUND, Map.of(STRING, Payload.TEXT, RuntimeNames.REPORT.canonicalName(), Payload.REPORT,
          RuntimeNames.INTERACTION, Payload.INTERACTION));

  private final Diagnostics diagnostics;
  private final Annotations annotations;

  ReturnKinds(Diagnostics diagnostics, Annotations annotations) {
    this.diagnostics = diagnostics;
    this.annotations = annotations;
  }

  /** What {@code method} returns; empty after reporting an error on it. */
  Optional<Answer> classify(ExecutableElement method) {
    TypeMirror returns = method.getReturnType();
    List<? extends TypeMirror> arguments =
        returns instanceof DeclaredType declared ? declared.getTypeArguments() : List.of();
    Shape shape = WRAPPERS.get(rawName(returns));
    TypeMirror payload = returns;
    if (shape == null) {
      shape = Shape.PLAIN;
    } else if (arguments.size() == 1) {
      payload = arguments.get(0);
    } else {
      return unsupported(method);
    }
    Payload known = PAYLOADS.get(shape).get(rawName(payload));
    if (known != null) {
      return Optional.of(Answer.of(known, shape));
    }
    boolean userType = payload.getKind() == TypeKind.DECLARED && !rawName(payload).startsWith("java.");
    if (shape == Shape.STREAM || (shape == Shape.PLAIN && (!userType || !arguments.isEmpty()))) {
      return unsupported(method);
    }
    Shape wrapper = shape;
    return outputType(method, payload).map(schema -> new Answer(Payload.STRUCTURED, wrapper, Optional.of(schema)));
  }

  /** The {@code <T>Schema} of a {@code @GeminiOutput} type, if {@code type} is one. */
  Optional<ClassName> schemaOf(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      if (annotations.find(element, RuntimeNames.GEMINI_OUTPUT).isPresent()) {
        return Optional.of(GeneratedNames.schemaClass(ClassName.get(element)));
      }
    }
    return Optional.empty();
  }

  /** The {@code <T>Schema} of a {@code @GeminiOutput} type; an error on {@code method} otherwise. */
  private Optional<ClassName> outputType(ExecutableElement method, TypeMirror type) {
    Optional<ClassName> schema = schemaOf(type);
    if (schema.isPresent()) {
      return schema;
    }
    if (type.getKind() != TypeKind.DECLARED || rawName(type).startsWith("java.")
        || !((DeclaredType) type).getTypeArguments().isEmpty()) {
      return unsupported(method);
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    diagnostics.error(method, Messages.SERVICE_RETURN_NOT_OUTPUT, method.getSimpleName(), type, element.getSimpleName());
    return Optional.empty();
  }

  private <T> Optional<T> unsupported(ExecutableElement method) {
    diagnostics.error(method, Messages.SERVICE_RETURN_UNSUPPORTED, method.getSimpleName(), method.getReturnType());
    return Optional.empty();
  }

  /** The qualified name of a declared type, else the type as written; "" for an unresolved type. */
  static String rawName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
    return type.getKind() == TypeKind.ERROR ? "" : type.toString();
  }
}
