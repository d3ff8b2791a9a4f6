package dev.interactions4j.processor.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.SourceVersion;

/**
 * The names taken in one generated scope (a class's members, a method's locals): every name the
 * generated code declares is allocated here, the generated code's own names first, so a user's
 * name can never clash with one of ours or with another user name. A taken name gets '_' appended
 * until it is free; a keyword too.
 */
public final class NameScope {
  private final Set<String> taken = new HashSet<>();
  private final Predicate<String> alsoTaken;

  /** A scope where {@code reserved} are taken. */
  public NameScope(Collection<String> reserved) {
    this(reserved, name -> false);
  }

  /** A scope where {@code reserved} and the names {@code alsoTaken} accepts are taken. */
  public NameScope(Collection<String> reserved, Predicate<String> alsoTaken) {
    this.taken.addAll(reserved);
    this.alsoTaken = alsoTaken;
  }

  /** {@code preferred} if it is free, else the first free {@code preferred_}, {@code preferred__}, ... */
  public String allocate(String preferred) {
    String name = preferred;
    while (taken.contains(name) || alsoTaken.test(name) || SourceVersion.isKeyword(name)) {
      name = name + "_";
    }
    taken.add(name);
    return name;
  }

  /** Whether {@code name} was reserved or allocated. */
  public boolean isTaken(String name) {
    return taken.contains(name) || alsoTaken.test(name);
  }
}
