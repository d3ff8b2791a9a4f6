package dev.interactions4j.processor.validation;

import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** The rules every annotated interface (tools, services) shares, reported on the type. */
final class InterfaceRules {
  private InterfaceRules() {}

  /**
   * Whether {@code type} is a non-generic interface that generated code next to it can reach.
   *
   * @param notInterface the message for another kind: args type, then {@code advice}'s entry
   * @param advice per kind, what it is and what to do instead
   * @param generic the message for type parameters: arg type
   */
  static boolean check(TypeElement type, Diagnostics diagnostics, String notInterface, Map<ElementKind, String> advice,
      String generic) {
    String what = advice.get(type.getKind());
    if (what != null) {
      diagnostics.error(type, notInterface, type.getQualifiedName(), what);
      return false;
    }
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.error(type, generic, type.getQualifiedName());
      return false;
    }
    // The generated class sits next to the type at top level: a private type, or one inside a private type, is out of its reach.
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.error(type, Messages.NOT_ACCESSIBLE, type.getQualifiedName());
        return false;
      }
    }
    return true;
  }
}
