package dev.interactions4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import dev.interactions4j.processor.model.Constraints;
import dev.interactions4j.processor.model.RuntimeNames;

/**
 * The constraint checks around a value's read: each is a call of the runtime's {@code Checks}
 * that returns the value it checked, so checks nest around the read in a fixed order (length,
 * pattern, not blank, e-mail, range; sizes for arrays and maps).
 */
final class CheckCode {
  private CheckCode() {}

  /** {@code read} wrapped in the size check {@code check} ("items", "entries"), if bounded. */
  static CodeBlock sized(CodeBlock read, String check, Constraints constraints, String in) {
    if (!constraints.hasSize()) {
      return read;
    }
    return CodeBlock.of(
        "$T.$N($N, $L, $L, $L)",
        RuntimeNames.CHECKS,
        check,
        in,
        read,
        constraints.minSize(),
        maxLiteral(constraints));
  }

  private static CodeBlock maxLiteral(Constraints constraints) {
    return constraints.maxSize() == Integer.MAX_VALUE
        ? CodeBlock.of("$T.MAX_VALUE", Integer.class)
        : CodeBlock.of("$L", constraints.maxSize());
  }

  // Checks.range(in, Checks.length(in, in.readString(), 1, 10), ...): each check returns its value.
  /** {@code read}, a scalar's read, wrapped in a call for each of its constraints. */
  static CodeBlock checked(CodeBlock read, Constraints c, String in) {
    CodeBlock value = read;
    if (c.hasSize()) {
      value =
          CodeBlock.of(
              "$T.length($N, $L, $L, $L)", RuntimeNames.CHECKS, in, value, c.minSize(), maxLiteral(c));
    }
    if (c.pattern().isPresent()) {
      value = CodeBlock.of("$T.pattern($N, $L, $L)", RuntimeNames.CHECKS, in, value, Literals.of(c.pattern().get()));
    }
    if (c.notBlank()) {
      value = CodeBlock.of("$T.notBlank($N, $L)", RuntimeNames.CHECKS, in, value);
    }
    if (c.email()) {
      value = CodeBlock.of("$T.email($N, $L)", RuntimeNames.CHECKS, in, value);
    }
    if (c.hasRange()) {
      value =
          CodeBlock.of(
              "$T.range($N, $L, $L, $L, $L, $L)",
              RuntimeNames.CHECKS,
              in,
              value,
              bound(c.minimum().orElse(null)),
              c.minimumExclusive(),
              bound(c.maximum().orElse(null)),
              c.maximumExclusive());
    }
    return value;
  }

  private static CodeBlock bound(String bound) {
    return Literals.of(bound);
  }
}
