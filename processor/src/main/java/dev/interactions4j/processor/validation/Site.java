package dev.interactions4j.processor.validation;

import javax.lang.model.element.Element;

/**
 * Where a problem found while mapping a type is reported, and how the message names it.
 *
 * @param element the element the error goes on
 * @param subject the message's subject, e.g. {@code Record component 'when'}
 */
record Site(Element element, String subject) {

  /** The same place, for a type nested in the one at this site (a list element, a map value). */
  Site nested(String role, Object containingType) {
    return new Site(element, subject + " (" + role + " of " + containingType + ")");
  }
}
