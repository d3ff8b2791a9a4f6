package dev.interactions4j.processor.validation;

import dev.interactions4j.processor.Diagnostics;
import dev.interactions4j.processor.Messages;
import dev.interactions4j.processor.model.Constraints;
import dev.interactions4j.processor.model.JsonType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;

/**
 * Reads constraint annotations ({@code Min}, {@code Max}, {@code DecimalMin}, {@code DecimalMax},
 * {@code Size}, {@code Pattern}, {@code NotEmpty}, {@code NotBlank}, {@code Email}) by simple name
 * into {@link Constraints}, reporting those that do not fit the value's JSON shape.
 */
final class ConstraintReader {
  private final Annotations annotations;
  private final Diagnostics diagnostics;

  ConstraintReader(Annotations annotations, Diagnostics diagnostics) {
    this.annotations = annotations;
    this.diagnostics = diagnostics;
  }

  /** The constraints among {@code mirrors} for a value of shape {@code type}. */
  Constraints read(List<AnnotationMirror> mirrors, JsonType type, Site site) {
    Bounds bounds = new Bounds();
    for (AnnotationMirror mirror : mirrors) {
      String name = Annotations.simpleName(mirror);
      switch (name) {
        case "Min", "Max", "DecimalMin", "DecimalMax" -> {
          if (fits(name, type, site, Shape.NUMBER)) {
            readBound(name, mirror, site, bounds);
          }
        }
        case "Size" -> {
          if (fits(name, type, site, Shape.SIZED)) {
            bounds.minSize = Math.max(bounds.minSize, intValue(mirror, "min"));
            bounds.maxSize = Math.min(bounds.maxSize, intValue(mirror, "max"));
          }
        }
        case "NotEmpty" -> {
          if (fits(name, type, site, Shape.SIZED)) {
            bounds.minSize = Math.max(bounds.minSize, 1);
          }
        }
        case "NotBlank" -> {
          if (fits(name, type, site, Shape.TEXT)) {
            bounds.minSize = Math.max(bounds.minSize, 1);
            bounds.notBlank = true;
          }
        }
        case "Email" -> bounds.email = fits(name, type, site, Shape.TEXT);
        case "Pattern" -> {
          if (fits(name, type, site, Shape.TEXT)) {
            bounds.pattern = regex(mirror, site);
          }
        }
        default -> {
          // Not a constraint we know (e.g. @Nullable, @Description): nothing to check.
        }
      }
    }
    return bounds.build(diagnostics, site);
  }

  private enum Shape {
    NUMBER("use it on a number"),
    TEXT("use it on a String"),
    SIZED("use it on a String, a collection, an array or a Map");

    final String fix;

    Shape(String fix) {
      this.fix = fix;
    }
  }

  private boolean fits(String annotation, JsonType type, Site site, Shape shape) {
    boolean text = type instanceof JsonType.Scalar s && s.kind().isText();
    boolean fits =
        switch (shape) {
          case NUMBER -> type instanceof JsonType.Scalar s && s.kind().isNumeric();
          case TEXT -> text;
          case SIZED ->
              text || type instanceof JsonType.Array || type instanceof JsonType.StringMap;
        };
    if (!fits) {
      diagnostics.error(
          site.element(),
          Messages.CONSTRAINT_MISPLACED,
          annotation,
          lowerFirst(site.subject()),
          type.javaType(),
          shape.fix);
    }
    return fits;
  }

  private void readBound(String name, AnnotationMirror mirror, Site site, Bounds bounds) {
    Object raw = annotations.value(mirror, "value").getValue();
    String bound = raw.toString();
    if (name.startsWith("Decimal")) {
      try {
        bound = new BigDecimal(bound).toPlainString();
      } catch (NumberFormatException e) {
        diagnostics.error(
            site.element(), Messages.CONSTRAINT_BAD_DECIMAL, name, lowerFirst(site.subject()), raw);
        return;
      }
    }
    boolean exclusive =
        annotations.hasMember(mirror, "inclusive")
            && !(Boolean) annotations.value(mirror, "inclusive").getValue();
    if (name.endsWith("Min")) {
      bounds.minimum = Optional.of(bound);
      bounds.minimumExclusive = exclusive;
    } else {
      bounds.maximum = Optional.of(bound);
      bounds.maximumExclusive = exclusive;
    }
  }

  private Optional<String> regex(AnnotationMirror mirror, Site site) {
    String regex = annotations.value(mirror, "regexp").getValue().toString();
    try {
      Pattern.compile(regex);
      return Optional.of(regex);
    } catch (PatternSyntaxException e) {
      diagnostics.error(
          site.element(),
          Messages.CONSTRAINT_BAD_PATTERN,
          lowerFirst(site.subject()),
          e.getDescription() + " near index " + e.getIndex());
      return Optional.empty();
    }
  }

  private int intValue(AnnotationMirror mirror, String member) {
    return ((Number) annotations.value(mirror, member).getValue()).intValue();
  }

  static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** Mutable collector for one value's constraints. */
  private static final class Bounds {
    Optional<String> minimum = Optional.empty();
    boolean minimumExclusive;
    Optional<String> maximum = Optional.empty();
    boolean maximumExclusive;
    int minSize;
    int maxSize = Integer.MAX_VALUE;
    Optional<String> pattern = Optional.empty();
    boolean notBlank;
    boolean email;

    Constraints build(Diagnostics diagnostics, Site site) {
      if (minimum.isPresent()
          && maximum.isPresent()
          && new BigDecimal(minimum.get()).compareTo(new BigDecimal(maximum.get())) > 0) {
        diagnostics.error(
            site.element(),
            Messages.CONSTRAINT_EMPTY_RANGE,
            lowerFirst(site.subject()),
            minimum.get(),
            maximum.get());
      }
      if (minSize > maxSize) {
        diagnostics.error(
            site.element(),
            Messages.CONSTRAINT_EMPTY_RANGE,
            lowerFirst(site.subject()),
            minSize,
            maxSize);
      }
      return new Constraints(
          minimum,
          minimumExclusive,
          maximum,
          maximumExclusive,
          minSize,
          maxSize,
          pattern,
          notBlank,
          email);
    }
  }
}
