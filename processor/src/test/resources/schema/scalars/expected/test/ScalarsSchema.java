package test;

import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputMismatchException;
import dev.interactions4j.schema.OutputType;
import java.math.BigDecimal;
import java.math.BigInteger;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Every primitive, box and big number.
 *
 * <p>Structured output support for {@link Scalars}: its JSON Schema, its {@code OutputType} and a
 * reflection-free parser and writer. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class ScalarsSchema {
  /**
   * The JSON Schema of {@link Scalars}, using only keywords Gemini accepts.
   */
  public static final String JSON_SCHEMA = "{\"type\":\"object\",\"description\":\"Every primitive, box and big number.\","
      + "\"properties\":{\"text\":{\"type\":\"string\"},\"letter\":{\"type\":\"string\","
      + "\"minLength\":1,\"maxLength\":1,\"pattern\":\"^[\\\\u0000-\\\\uFFFF]$\"},"
      + "\"flag\":{\"type\":\"boolean\"},\"tiny\":{\"type\":\"integer\","
      + "\"minimum\":-128,\"maximum\":127},\"small\":{\"type\":\"integer\","
      + "\"minimum\":-32768,\"maximum\":32767},\"count\":{\"type\":\"integer\","
      + "\"format\":\"int32\"},\"big\":{\"type\":\"integer\",\"format\":\"int64\"},"
      + "\"ratio\":{\"type\":\"number\"},\"amount\":{\"type\":\"number\"},"
      + "\"boxedLetter\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":1,"
      + "\"pattern\":\"^[\\\\u0000-\\\\uFFFF]$\"},\"boxedFlag\":{\"type\":\"boolean\"},"
      + "\"boxedTiny\":{\"type\":\"integer\",\"minimum\":-128,\"maximum\":127},"
      + "\"boxedSmall\":{\"type\":\"integer\",\"minimum\":-32768,\"maximum\":32767},"
      + "\"boxedCount\":{\"type\":\"integer\",\"format\":\"int32\"},\"boxedBig\":{\"type\":\"integer\","
      + "\"format\":\"int64\"},\"boxedRatio\":{\"type\":\"number\"},\"boxedAmount\":{\"type\":\"number\"},"
      + "\"price\":{\"type\":\"number\"},\"huge\":{\"type\":\"integer\"}},"
      + "\"required\":[\"text\",\"letter\",\"flag\",\"tiny\",\"small\","
      + "\"count\",\"big\",\"ratio\",\"amount\",\"boxedLetter\",\"boxedFlag\","
      + "\"boxedTiny\",\"boxedSmall\",\"boxedCount\",\"boxedBig\",\"boxedRatio\","
      + "\"boxedAmount\",\"price\",\"huge\"],\"propertyOrdering\":[\"text\","
      + "\"letter\",\"flag\",\"tiny\",\"small\",\"count\",\"big\",\"ratio\","
      + "\"amount\",\"boxedLetter\",\"boxedFlag\",\"boxedTiny\",\"boxedSmall\","
      + "\"boxedCount\",\"boxedBig\",\"boxedRatio\",\"boxedAmount\",\"price\","
      + "\"huge\"]}";

  /**
   * The structured output type of {@link Scalars}: pass it to the client, or parse and write with it.
   */
  public static final OutputType<Scalars> TYPE = TrustedSchemas.outputType("test.Scalars",
      JSON_SCHEMA, ScalarsSchema::readScalars, ScalarsSchema::writeScalars);

  private ScalarsSchema() {
  }

  /**
   * Reads one {@link Scalars} from {@code parser}, validating types, required properties and
   * constraints.
   *
   * @param parser positioned before or on the value's first token
   * @return the value, never half-built
   * @throws OutputMismatchException if the JSON does not match
   */
  public static Scalars parse(JsonParser parser) {
    return TYPE.read(parser);
  }

  /**
   * Writes {@code value} as one JSON value.
   *
   * @param value the value to write
   * @param generator where to write it
   */
  public static void write(Scalars value, JsonGenerator generator) {
    TYPE.write(value, generator);
  }

  private static Scalars readScalars(JsonInput in) {
    String text = null;
    Character letter = null;
    Boolean flag = null;
    Byte tiny = null;
    Short small = null;
    Integer count = null;
    Long big = null;
    Float ratio = null;
    Double amount = null;
    Character boxedLetter = null;
    Boolean boxedFlag = null;
    Byte boxedTiny = null;
    Short boxedSmall = null;
    Integer boxedCount = null;
    Long boxedBig = null;
    Float boxedRatio = null;
    Double boxedAmount = null;
    BigDecimal price = null;
    BigInteger huge = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "text" -> text = in.readString();
        case "letter" -> letter = in.readChar();
        case "flag" -> flag = in.readBoolean();
        case "tiny" -> tiny = in.readByte();
        case "small" -> small = in.readShort();
        case "count" -> count = in.readInt();
        case "big" -> big = in.readLong();
        case "ratio" -> ratio = in.readFloat();
        case "amount" -> amount = in.readDouble();
        case "boxedLetter" -> boxedLetter = in.readChar();
        case "boxedFlag" -> boxedFlag = in.readBoolean();
        case "boxedTiny" -> boxedTiny = in.readByte();
        case "boxedSmall" -> boxedSmall = in.readShort();
        case "boxedCount" -> boxedCount = in.readInt();
        case "boxedBig" -> boxedBig = in.readLong();
        case "boxedRatio" -> boxedRatio = in.readFloat();
        case "boxedAmount" -> boxedAmount = in.readDouble();
        case "price" -> price = in.readBigDecimal();
        case "huge" -> huge = in.readBigInteger();
        default -> in.skipValue();
      }
    }
    in.require(text, "text", "a string");
    in.require(letter, "letter", "a one-character string");
    in.require(flag, "flag", "a boolean");
    in.require(tiny, "tiny", "an integer");
    in.require(small, "small", "an integer");
    in.require(count, "count", "an integer");
    in.require(big, "big", "an integer");
    in.require(ratio, "ratio", "a number");
    in.require(amount, "amount", "a number");
    in.require(boxedLetter, "boxedLetter", "a one-character string");
    in.require(boxedFlag, "boxedFlag", "a boolean");
    in.require(boxedTiny, "boxedTiny", "an integer");
    in.require(boxedSmall, "boxedSmall", "an integer");
    in.require(boxedCount, "boxedCount", "an integer");
    in.require(boxedBig, "boxedBig", "an integer");
    in.require(boxedRatio, "boxedRatio", "a number");
    in.require(boxedAmount, "boxedAmount", "a number");
    in.require(price, "price", "a number");
    in.require(huge, "huge", "an integer");
    try {
      return new Scalars(text, letter, flag, tiny, small, count, big, ratio, amount, boxedLetter,
          boxedFlag, boxedTiny, boxedSmall, boxedCount, boxedBig, boxedRatio, boxedAmount, price,
          huge);
    } catch (RuntimeException e) {
      throw in.rejected("test.Scalars", e);
    }
  }

  private static void writeScalars(Scalars value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("text");
    JsonOutput.writeString(value.text(), generator);
    generator.writeName("letter");
    JsonOutput.writeChar(value.letter(), generator);
    generator.writeName("flag");
    JsonOutput.writeBoolean(value.flag(), generator);
    generator.writeName("tiny");
    JsonOutput.writeNumber(value.tiny(), generator);
    generator.writeName("small");
    JsonOutput.writeNumber(value.small(), generator);
    generator.writeName("count");
    JsonOutput.writeNumber(value.count(), generator);
    generator.writeName("big");
    JsonOutput.writeNumber(value.big(), generator);
    generator.writeName("ratio");
    JsonOutput.writeNumber(value.ratio(), generator);
    generator.writeName("amount");
    JsonOutput.writeNumber(value.amount(), generator);
    generator.writeName("boxedLetter");
    JsonOutput.writeChar(value.boxedLetter(), generator);
    generator.writeName("boxedFlag");
    JsonOutput.writeBoolean(value.boxedFlag(), generator);
    generator.writeName("boxedTiny");
    JsonOutput.writeNumber(value.boxedTiny(), generator);
    generator.writeName("boxedSmall");
    JsonOutput.writeNumber(value.boxedSmall(), generator);
    generator.writeName("boxedCount");
    JsonOutput.writeNumber(value.boxedCount(), generator);
    generator.writeName("boxedBig");
    JsonOutput.writeNumber(value.boxedBig(), generator);
    generator.writeName("boxedRatio");
    JsonOutput.writeNumber(value.boxedRatio(), generator);
    generator.writeName("boxedAmount");
    JsonOutput.writeNumber(value.boxedAmount(), generator);
    generator.writeName("price");
    JsonOutput.writeNumber(value.price(), generator);
    generator.writeName("huge");
    JsonOutput.writeNumber(value.huge(), generator);
    generator.writeEndObject();
  }
}
