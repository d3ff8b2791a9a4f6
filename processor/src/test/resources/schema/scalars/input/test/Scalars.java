package test;

import dev.interactions4j.schema.GeminiOutput;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Every primitive, box and big number. */
@GeminiOutput
public record Scalars(
    String text,
    char letter,
    boolean flag,
    byte tiny,
    short small,
    int count,
    long big,
    float ratio,
    double amount,
    Character boxedLetter,
    Boolean boxedFlag,
    Byte boxedTiny,
    Short boxedSmall,
    Integer boxedCount,
    Long boxedBig,
    Float boxedRatio,
    Double boxedAmount,
    BigDecimal price,
    BigInteger huge) {}
