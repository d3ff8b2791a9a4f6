package test;

import dev.interactions4j.internal.GeminiGenerated;
import dev.interactions4j.internal.JsonInput;
import dev.interactions4j.internal.JsonOutput;
import dev.interactions4j.schema.OutputType;
import dev.interactions4j.tools.ToolFunction;
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
  /**
   * The function declarations of {@link Planner}, as sent in {@code tools}.
   */
  public static final String DECLARATIONS_JSON = "[\n  {\n    \"type\": \"function\",\n    \"name\": \"plan\",\n    \"description\": \"Plans a trip.\",\n    \"parameters\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"city\": {\n          \"type\": \"string\",\n          \"description\": \"where to go\"\n        }\n      },\n      \"required\": [\n        \"city\"\n      ],\n      \"propertyOrdering\": [\n        \"city\"\n      ]\n    }\n  },\n  {\n    \"type\": \"function\",\n    \"name\": \"count\",\n    \"description\": \"Counts plans of a pace: a type nested in a @GeminiOutput type, not one itself.\",\n    \"parameters\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"pace\": {\n          \"type\": \"string\",\n          \"description\": \"which\",\n          \"enum\": [\n            \"RELAXED\",\n            \"BUSY\"\n          ]\n        }\n      },\n      \"required\": [\n        \"pace\"\n      ],\n      \"propertyOrdering\": [\n        \"pace\"\n      ]\n    }\n  },\n  {\n    \"type\": \"function\",\n    \"name\": \"save\",\n    \"description\": \"Saves plans.\",\n    \"parameters\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"plans\": {\n          \"type\": \"array\",\n          \"description\": \"what to save\",\n          \"items\": {\n            \"type\": \"object\",\n            \"description\": \"A trip plan.\",\n            \"properties\": {\n              \"city\": {\n                \"type\": \"string\",\n                \"description\": \"where\"\n              },\n              \"stops\": {\n                \"type\": \"array\",\n                \"description\": \"in order\",\n                \"items\": {\n                  \"type\": \"object\",\n                  \"description\": \"One stop.\",\n                  \"properties\": {\n                    \"place\": {\n                      \"type\": \"string\"\n                    },\n                    \"minutes\": {\n                      \"type\": \"integer\",\n                      \"format\": \"int32\"\n                    }\n                  },\n                  \"required\": [\n                    \"place\",\n                    \"minutes\"\n                  ],\n                  \"propertyOrdering\": [\n                    \"place\",\n                    \"minutes\"\n                  ]\n                },\n                \"minItems\": 1\n              },\n              \"pace\": {\n                \"type\": \"string\",\n                \"description\": \"how busy\",\n                \"enum\": [\n                  \"RELAXED\",\n                  \"BUSY\"\n                ]\n              }\n            },\n            \"required\": [\n              \"city\",\n              \"stops\",\n              \"pace\"\n            ],\n            \"propertyOrdering\": [\n              \"city\",\n              \"stops\",\n              \"pace\"\n            ]\n          }\n        },\n        \"backup\": {\n          \"type\": [\n            \"object\",\n            \"null\"\n          ],\n          \"description\": \"one more, if any\",\n          \"properties\": {\n            \"city\": {\n              \"type\": \"string\",\n              \"description\": \"where\"\n            },\n            \"stops\": {\n              \"type\": \"array\",\n              \"description\": \"in order\",\n              \"items\": {\n                \"type\": \"object\",\n                \"description\": \"One stop.\",\n                \"properties\": {\n                  \"place\": {\n                    \"type\": \"string\"\n                  },\n                  \"minutes\": {\n                    \"type\": \"integer\",\n                    \"format\": \"int32\"\n                  }\n                },\n                \"required\": [\n                  \"place\",\n                  \"minutes\"\n                ],\n                \"propertyOrdering\": [\n                  \"place\",\n                  \"minutes\"\n                ]\n              },\n              \"minItems\": 1\n            },\n            \"pace\": {\n              \"type\": \"string\",\n              \"description\": \"how busy\",\n              \"enum\": [\n                \"RELAXED\",\n                \"BUSY\"\n              ]\n            }\n          },\n          \"required\": [\n            \"city\",\n            \"stops\",\n            \"pace\"\n          ],\n          \"propertyOrdering\": [\n            \"city\",\n            \"stops\",\n            \"pace\"\n          ]\n        }\n      },\n      \"required\": [\n        \"plans\"\n      ],\n      \"propertyOrdering\": [\n        \"plans\",\n        \"backup\"\n      ]\n    }\n  }\n]\n";

  private static final OutputType<PlanArguments> PLAN_ARGUMENTS = OutputType.of("test.PlannerFunctions.PlanArguments", "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"city\": {\n      \"type\": \"string\",\n      \"description\": \"where to go\"\n    }\n  },\n  \"required\": [\n    \"city\"\n  ],\n  \"propertyOrdering\": [\n    \"city\"\n  ]\n}\n", PlannerFunctions::readPlanArguments, PlannerFunctions::writePlanArguments);

  private static final OutputType<CountArguments> COUNT_ARGUMENTS = OutputType.of("test.PlannerFunctions.CountArguments", "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"pace\": {\n      \"type\": \"string\",\n      \"description\": \"which\",\n      \"enum\": [\n        \"RELAXED\",\n        \"BUSY\"\n      ]\n    }\n  },\n  \"required\": [\n    \"pace\"\n  ],\n  \"propertyOrdering\": [\n    \"pace\"\n  ]\n}\n", PlannerFunctions::readCountArguments, PlannerFunctions::writeCountArguments);

  private static final OutputType<SaveArguments> SAVE_ARGUMENTS = OutputType.of("test.PlannerFunctions.SaveArguments", "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"plans\": {\n      \"type\": \"array\",\n      \"description\": \"what to save\",\n      \"items\": {\n        \"type\": \"object\",\n        \"description\": \"A trip plan.\",\n        \"properties\": {\n          \"city\": {\n            \"type\": \"string\",\n            \"description\": \"where\"\n          },\n          \"stops\": {\n            \"type\": \"array\",\n            \"description\": \"in order\",\n            \"items\": {\n              \"type\": \"object\",\n              \"description\": \"One stop.\",\n              \"properties\": {\n                \"place\": {\n                  \"type\": \"string\"\n                },\n                \"minutes\": {\n                  \"type\": \"integer\",\n                  \"format\": \"int32\"\n                }\n              },\n              \"required\": [\n                \"place\",\n                \"minutes\"\n              ],\n              \"propertyOrdering\": [\n                \"place\",\n                \"minutes\"\n              ]\n            },\n            \"minItems\": 1\n          },\n          \"pace\": {\n            \"type\": \"string\",\n            \"description\": \"how busy\",\n            \"enum\": [\n              \"RELAXED\",\n              \"BUSY\"\n            ]\n          }\n        },\n        \"required\": [\n          \"city\",\n          \"stops\",\n          \"pace\"\n        ],\n        \"propertyOrdering\": [\n          \"city\",\n          \"stops\",\n          \"pace\"\n        ]\n      }\n    },\n    \"backup\": {\n      \"type\": [\n        \"object\",\n        \"null\"\n      ],\n      \"description\": \"one more, if any\",\n      \"properties\": {\n        \"city\": {\n          \"type\": \"string\",\n          \"description\": \"where\"\n        },\n        \"stops\": {\n          \"type\": \"array\",\n          \"description\": \"in order\",\n          \"items\": {\n            \"type\": \"object\",\n            \"description\": \"One stop.\",\n            \"properties\": {\n              \"place\": {\n                \"type\": \"string\"\n              },\n              \"minutes\": {\n                \"type\": \"integer\",\n                \"format\": \"int32\"\n              }\n            },\n            \"required\": [\n              \"place\",\n              \"minutes\"\n            ],\n            \"propertyOrdering\": [\n              \"place\",\n              \"minutes\"\n            ]\n          },\n          \"minItems\": 1\n        },\n        \"pace\": {\n          \"type\": \"string\",\n          \"description\": \"how busy\",\n          \"enum\": [\n            \"RELAXED\",\n            \"BUSY\"\n          ]\n        }\n      },\n      \"required\": [\n        \"city\",\n        \"stops\",\n        \"pace\"\n      ],\n      \"propertyOrdering\": [\n        \"city\",\n        \"stops\",\n        \"pace\"\n      ]\n    }\n  },\n  \"required\": [\n    \"plans\"\n  ],\n  \"propertyOrdering\": [\n    \"plans\",\n    \"backup\"\n  ]\n}\n", PlannerFunctions::readSaveArguments, PlannerFunctions::writeSaveArguments);

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
          ToolFunction.of("plan", "Plans a trip.", PLAN_ARGUMENTS.schemaJson(), json -> {
            PlanArguments args = PLAN_ARGUMENTS.parse(json);
            return JsonOutput.toJson(new PlanResult(impl.plan(args.city())), PlannerFunctions::writePlanResult);
          }),
          ToolFunction.of("count", "Counts plans of a pace: a type nested in a @GeminiOutput type, not one itself.", COUNT_ARGUMENTS.schemaJson(), json -> {
            CountArguments args = COUNT_ARGUMENTS.parse(json);
            return JsonOutput.toJson(new CountResult(impl.count(args.pace())), PlannerFunctions::writeCountResult);
          }),
          ToolFunction.of("save", "Saves plans.", SAVE_ARGUMENTS.schemaJson(), json -> {
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
