package dev.interactions4j.processor;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic;

/**
 * The only way the processor reports to javac: errors, warnings and notes on the most precise
 * location available. Identical reports are made once, because a nested type reachable from two
 * {@code @GeminiOutput} types would otherwise be reported twice.
 */
public final class Diagnostics {
  private final Messager messager;
  private final boolean verbose;
  private final Set<String> reported = new HashSet<>();
  private int errorCount;

  /**
   * @param messager javac's messager
   * @param verbose whether notes are printed ({@code -Ainteractions4j.verbose=true})
   */
  public Diagnostics(Messager messager, boolean verbose) {
    this.messager = messager;
    this.verbose = verbose;
  }

  /** Reports an error on {@code element}; {@code format} comes from {@link Messages}. */
  public void error(Element element, String format, Object... args) {
    report(Diagnostic.Kind.ERROR, element, null, null, String.format(format, args));
  }

  /** Reports an error on an annotation of {@code element}, or on one of its values. */
  public void error(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      String format,
      Object... args) {
    report(Diagnostic.Kind.ERROR, element, annotation, value, String.format(format, args));
  }

  /** Reports a note, only in verbose mode. */
  public void note(Element element, String format, Object... args) {
    if (verbose) {
      messager.printMessage(Diagnostic.Kind.NOTE, String.format(format, args), element);
    }
  }

  /** Reports an internal error with the stack trace, so that it can be filed as a bug. */
  public void internalError(Element element, String typeName, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    error(element, Messages.INTERNAL_ERROR, typeName, trace);
  }

  /** How many errors were reported so far; readers compare it before and after a type. */
  public int errorCount() {
    return errorCount;
  }

  // javac 17 has no source position for RecordComponentElements (errors would print without a
  // line); the component's private field is declared at the same place, so report there.
  private static Element locatable(Element element) {
    if (element == null || element.getKind() != ElementKind.RECORD_COMPONENT) {
      return element;
    }
    for (Element member : element.getEnclosingElement().getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && member.getSimpleName().equals(element.getSimpleName())) {
        return member;
      }
    }
    return element;
  }

  private void report(
      Diagnostic.Kind kind,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      String message) {
    if (kind == Diagnostic.Kind.ERROR) {
      errorCount++;
    }
    element = locatable(element);
    String key = kind + "|" + element + "|" + System.identityHashCode(element) + "|" + message;
    if (!reported.add(key)) {
      return;
    }
    if (value != null) {
      messager.printMessage(kind, message, element, annotation, value);
    } else if (annotation != null) {
      messager.printMessage(kind, message, element, annotation);
    } else {
      messager.printMessage(kind, message, element);
    }
  }
}
