package test;

import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.internal.TrustedSchemas;
import dev.interactions4j.schema.OutputType;
import dev.interactions4j.tools.ToolSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;

/**
 * Function declarations and a typed dispatcher for {@link Planner}. Generated from its source; do not edit.
 */
@Generated("dev.interactions4j.processor.GeminiProcessor")
@GeminiGenerated
public final class PlannerFunctions {
  private static final String PLAN_PARAMETERS = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\","
      + "\"description\":\"where to go\"}},\"required\":[\"city\"],\"propertyOrdering\":[\"city\"]}";

  private static final String COUNT_PARAMETERS = "{\"type\":\"object\",\"properties\":{\"pace\":{\"type\":\"string\","
      + "\"description\":\"which\",\"enum\":[\"RELAXED\",\"BUSY\"]}},"
      + "\"required\":[\"pace\"],\"propertyOrdering\":[\"pace\"]}";

  private static final String SAVE_PARAMETERS = "{\"type\":\"object\",\"properties\":{\"plans\":{\"type\":\"array\","
      + "\"description\":\"what to save\",\"items\":{\"type\":\"object\","
      + "\"description\":\"A trip plan.\",\"properties\":{\"city\":{\"type\":\"string\","
      + "\"description\":\"where\"},\"stops\":{\"type\":\"array\",\"description\":\"in order\","
      + "\"items\":{\"type\":\"object\",\"description\":\"One stop.\","
      + "\"properties\":{\"place\":{\"type\":\"string\"},\"minutes\":{\"type\":\"integer\","
      + "\"format\":\"int32\"}},\"required\":[\"place\",\"minutes\"],"
      + "\"propertyOrdering\":[\"place\",\"minutes\"]},\"minItems\":1},"
      + "\"pace\":{\"type\":\"string\",\"description\":\"how busy\",\"enum\":[\"RELAXED\","
      + "\"BUSY\"]}},\"required\":[\"city\",\"stops\",\"pace\"],\"propertyOrdering\":[\"city\","
      + "\"stops\",\"pace\"]}},\"backup\":{\"type\":[\"object\",\"null\"],"
      + "\"description\":\"one more, if any\",\"properties\":{\"city\":{\"type\":\"string\","
      + "\"description\":\"where\"},\"stops\":{\"type\":\"array\",\"description\":\"in order\","
      + "\"items\":{\"type\":\"object\",\"description\":\"One stop.\","
      + "\"properties\":{\"place\":{\"type\":\"string\"},\"minutes\":{\"type\":\"integer\","
      + "\"format\":\"int32\"}},\"required\":[\"place\",\"minutes\"],"
      + "\"propertyOrdering\":[\"place\",\"minutes\"]},\"minItems\":1},"
      + "\"pace\":{\"type\":\"string\",\"description\":\"how busy\",\"enum\":[\"RELAXED\","
      + "\"BUSY\"]}},\"required\":[\"city\",\"stops\",\"pace\"],\"propertyOrdering\":[\"city\","
      + "\"stops\",\"pace\"]}},\"required\":[\"plans\"],\"propertyOrdering\":[\"plans\","
      + "\"backup\"]}";

  /**
   * The function declarations of {@link Planner}, as sent in {@code tools}.
   */
  public static final String DECLARATIONS_JSON = "[{\"type\":\"function\",\"name\":\"plan\",\"description\":\"Plans a trip.\","
      + "\"parameters\":"
      + PLAN_PARAMETERS
      + "},{\"type\":\"function\",\"name\":\"count\",\"description\":\"Counts plans of a pace: a type nested "
      + "in a @GeminiOutput type, not one itself.\",\"parameters\":"
      + COUNT_PARAMETERS
      + "},{\"type\":\"function\",\"name\":\"save\",\"description\":\"Saves plans.\","
      + "\"parameters\":"
      + SAVE_PARAMETERS
      + "}]";

  private static final OutputType<PlanArguments> PLAN_ARGUMENTS = TrustedSchemas.outputType("test.PlannerFunctions.PlanArguments",
      PLAN_PARAMETERS, PlannerFunctions::readPlanArguments, PlannerFunctions::writePlanArguments);

  private static final OutputType<CountArguments> COUNT_ARGUMENTS = TrustedSchemas.outputType("test.PlannerFunctions.CountArguments",
      COUNT_PARAMETERS, PlannerFunctions::readCountArguments,
      PlannerFunctions::writeCountArguments);

  private static final OutputType<SaveArguments> SAVE_ARGUMENTS = TrustedSchemas.outputType("test.PlannerFunctions.SaveArguments",
      SAVE_PARAMETERS, PlannerFunctions::readSaveArguments, PlannerFunctions::writeSaveArguments);

  private PlannerFunctions() {
  }

  /**
   * The functions of {@code impl} as a tool set: each call's arguments are parsed and validated
   * before {@code impl} runs; invalid ones become error results.
   *
   * @param impl the implementation to call
   * @return its functions
   */
  public static ToolSet bind(Planner impl) {
    Objects.requireNonNull(impl, "impl");
    return ToolSet.of(
          TrustedSchemas.function("plan", "Plans a trip.", PLAN_PARAMETERS, json -> {
            PlanArguments args = PLAN_ARGUMENTS.parse(json);
            return JsonOutput.toJson(new PlanResult(impl.plan(args.city())),
                PlannerFunctions::writePlanResult);
          }),
          TrustedSchemas.function("count",
              "Counts plans of a pace: a type nested in a @GeminiOutput type,"
              + " not one itself.", COUNT_PARAMETERS, json -> {
            CountArguments args = COUNT_ARGUMENTS.parse(json);
            return JsonOutput.toJson(new CountResult(impl.count(args.pace())),
                PlannerFunctions::writeCountResult);
          }),
          TrustedSchemas.function("save", "Saves plans.", SAVE_PARAMETERS, json -> {
            SaveArguments args = SAVE_ARGUMENTS.parse(json);
            impl.save(args.plans(), args.backup());
            return null;
          }));
  }

  private static PlanArguments readPlanArguments(JsonInput in) {
    String city = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "city" -> city = in.readString();
        default -> in.skipValue();
      }
    }
    in.require(city, "city", "a string");
    try {
      return new PlanArguments(city);
    } catch (RuntimeException e) {
      throw in.rejected("test.PlannerFunctions.PlanArguments", e);
    }
  }

  private static void writePlanArguments(PlanArguments value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("city");
    JsonOutput.writeString(value.city(), generator);
    generator.writeEndObject();
  }

  private static void writePlanResult(PlanResult value, JsonGenerator generator) {
    generator.writeStartObject();
    if (value.result() != null) {
      generator.writeName("result");
      JsonOutput.writeNullable(value.result(), generator, ItinerarySchema.TYPE.writer());
    }
    generator.writeEndObject();
  }

  private static Itinerary.Pace readItinerary_Pace(JsonInput in) {
    return switch (in.readString()) {
      case "RELAXED" -> Itinerary.Pace.RELAXED;
      case "BUSY" -> Itinerary.Pace.BUSY;
      default -> throw in.mismatch("one of \"RELAXED\", \"BUSY\"");
    };
  }

  private static void writeItinerary_Pace(Itinerary.Pace value, JsonGenerator generator) {
    generator.writeString(value.name());
  }

  private static CountArguments readCountArguments(JsonInput in) {
    Itinerary.Pace pace = null;
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "pace" -> pace = readItinerary_Pace(in);
        default -> in.skipValue();
      }
    }
    in.require(pace, "pace", "one of \"RELAXED\", \"BUSY\"");
    try {
      return new CountArguments(pace);
    } catch (RuntimeException e) {
      throw in.rejected("test.PlannerFunctions.CountArguments", e);
    }
  }

  private static void writeCountArguments(CountArguments value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("pace");
    JsonOutput.writeNullable(value.pace(), generator, PlannerFunctions::writeItinerary_Pace);
    generator.writeEndObject();
  }

  private static void writeCountResult(CountResult value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("result");
    JsonOutput.writeNumber(value.result(), generator);
    generator.writeEndObject();
  }

  private static SaveArguments readSaveArguments(JsonInput in) {
    List<Itinerary> plans = null;
    Optional<Itinerary> backup = Optional.empty();
    in.beginObject();
    for (String property = in.nextProperty(); property != null; property = in.nextProperty()) {
      switch (property) {
        case "plans" -> plans = in.readList(ItinerarySchema.TYPE.reader());
        case "backup" -> backup = in.readOptional(ItinerarySchema.TYPE.reader());
        default -> in.skipValue();
      }
    }
    in.require(plans, "plans", "an array");
    try {
      return new SaveArguments(plans, backup);
    } catch (RuntimeException e) {
      throw in.rejected("test.PlannerFunctions.SaveArguments", e);
    }
  }

  private static void writeSaveArguments(SaveArguments value, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("plans");
    JsonOutput.writeList(value.plans(), generator, ItinerarySchema.TYPE.writer());
    if (value.backup().isPresent()) {
      generator.writeName("backup");
      JsonOutput.writeNullable(value.backup().get(), generator, ItinerarySchema.TYPE.writer());
    }
    generator.writeEndObject();
  }

  private record PlanArguments(String city) {
  }

  private record PlanResult(Itinerary result) {
  }

  private record CountArguments(Itinerary.Pace pace) {
  }

  private record CountResult(int result) {
  }

  private record SaveArguments(List<Itinerary> plans, Optional<Itinerary> backup) {
  }
}
