package dev.interactions4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** Diagnostics on its own: what reaches javac's Messager. */
class DiagnosticsTest {
  private final List<String> printed = new ArrayList<>();

  private final Messager messager =
      new Messager() {
        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
          printed.add(kind + ": " + msg);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
          printMessage(kind, msg);
        }

        @Override
        public void printMessage(
            Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
          printMessage(kind, msg);
        }

        @Override
        public void printMessage(
            Diagnostic.Kind kind,
            CharSequence msg,
            Element e,
            AnnotationMirror a,
            AnnotationValue v) {
          printMessage(kind, msg);
        }
      };

  @Test
  void internalError_isOneErrorWithTheTrace() {
    Diagnostics diagnostics = new Diagnostics(messager, false);
    diagnostics.internalError(null, "Weather", new IllegalStateException("boom"));
    assertEquals(1, printed.size());
    String message = printed.get(0);
    assertTrue(
        message.startsWith(
            "ERROR: Internal error in GeminiProcessor while processing 'Weather'; please report it"
                + " with this trace:"),
        message);
    assertTrue(message.contains("java.lang.IllegalStateException: boom"), message);
    assertEquals(1, diagnostics.errorCount());
  }

  @Test
  void sameErrorTwice_isPrintedOnceButCountedTwice() {
    Diagnostics diagnostics = new Diagnostics(messager, false);
    diagnostics.error(null, "Type %s is bad", "A");
    diagnostics.error(null, "Type %s is bad", "A");
    assertEquals(List.of("ERROR: Type A is bad"), printed);
    assertEquals(2, diagnostics.errorCount());
  }

  @Test
  void notes_onlyWhenVerbose() {
    new Diagnostics(messager, false).note(null, "quiet");
    new Diagnostics(messager, true).note(null, "loud");
    assertEquals(List.of("NOTE: loud"), printed);
  }
}
