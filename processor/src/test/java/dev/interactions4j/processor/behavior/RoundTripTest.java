package dev.interactions4j.processor.behavior;

import dev.interactions4j.processor.fixtures.Awkward;
import dev.interactions4j.processor.fixtures.AwkwardSchema;
import dev.interactions4j.processor.fixtures.Constrained;
import dev.interactions4j.processor.fixtures.ConstrainedSchema;
import dev.interactions4j.processor.fixtures.Containers;
import dev.interactions4j.processor.fixtures.ContainersSchema;
import dev.interactions4j.processor.fixtures.Drawing;
import dev.interactions4j.processor.fixtures.DrawingSchema;
import dev.interactions4j.processor.fixtures.Folder;
import dev.interactions4j.processor.fixtures.FolderSchema;
import dev.interactions4j.processor.fixtures.Optionals;
import dev.interactions4j.processor.fixtures.OptionalsSchema;
import dev.interactions4j.processor.fixtures.Page;
import dev.interactions4j.processor.fixtures.Recipe;
import dev.interactions4j.processor.fixtures.RecipeSchema;
import dev.interactions4j.processor.fixtures.Scalars;
import dev.interactions4j.processor.fixtures.ScalarsSchema;
import dev.interactions4j.processor.fixtures.SearchResult;
import dev.interactions4j.processor.fixtures.SearchResultSchema;
import dev.interactions4j.processor.fixtures.Shape;
import dev.interactions4j.processor.fixtures.ShapeSchema;
import dev.interactions4j.processor.fixtures.Times;
import dev.interactions4j.processor.fixtures.TimesSchema;
import dev.interactions4j.processor.fixtures.TreeNode;
import dev.interactions4j.processor.fixtures.TreeNodeSchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Generated parsers and writers against each other, Jackson databind and the emitted schema. */
class RoundTripTest {
  static final Recipe.Ingredient FLOUR = new Recipe.Ingredient("flour", 0.5, "kg");

  @Test
  void recipe_roundTrips() {
    RoundTrip.check(
        RecipeSchema.TYPE,
        new Recipe("bread", List.of(FLOUR), Optional.of(60), Recipe.Difficulty.MEDIUM));
    RoundTrip.check(
        RecipeSchema.TYPE,
        new Recipe("toast", List.of(FLOUR), Optional.empty(), Recipe.Difficulty.EASY));
  }

  @Test
  void scalars_roundTrip() {
    RoundTrip.check(
        ScalarsSchema.TYPE,
        new Scalars(
            "text \"quoted\" é",
            'x',
            true,
            (byte) -128,
            (short) 32767,
            Integer.MIN_VALUE,
            Long.MAX_VALUE,
            1.5f,
            0.1,
            'y',
            false,
            (byte) 1,
            (short) -2,
            3,
            4L,
            2.25f,
            -7.5,
            new BigDecimal("12345678901234567890.123456789"),
            new BigInteger("123456789012345678901234567890")));
  }

  @Test
  void times_roundTrip() {
    RoundTrip.check(
        TimesSchema.TYPE,
        new Times(
            Instant.parse("2026-01-31T10:15:30.123Z"),
            OffsetDateTime.of(2026, 1, 31, 10, 15, 30, 0, ZoneOffset.ofHours(2)),
            LocalDate.of(2026, 2, 28),
            LocalTime.of(9, 5, 7),
            LocalDateTime.of(2026, 3, 1, 0, 0, 1),
            Duration.ofMinutes(90),
            UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
            URI.create("https://example.com/a?b=c")));
  }

  @Test
  void containers_roundTrip() {
    RoundTrip.checkByJson(
        ContainersSchema.TYPE,
        new Containers(
            List.of("a", "b"),
            Set.of(3),
            List.of(1.5, 2.5),
            new String[] {"x", "y"},
            new int[] {1, 2},
            new long[] {3L},
            new double[] {0.25},
            new boolean[] {true, false},
            Map.of("apples", 3),
            Map.of("baking", List.of(FLOUR)),
            List.of(List.of("a"), List.of())));
  }

  @Test
  void optionals_roundTripPresentAndAbsent() {
    RoundTrip.check(
        OptionalsSchema.TYPE,
        new Optionals(
            Optional.of("n"),
            OptionalInt.of(1),
            OptionalLong.of(2),
            OptionalDouble.of(0.5),
            "nick",
            FLOUR,
            Recipe.Difficulty.HARD,
            Optional.of(FLOUR)));
    RoundTrip.check(
        OptionalsSchema.TYPE,
        new Optionals(
            Optional.empty(),
            OptionalInt.empty(),
            OptionalLong.empty(),
            OptionalDouble.empty(),
            null,
            null,
            null,
            Optional.empty()));
  }

  @Test
  void sealedInterface_roundTripsEveryVariant() {
    RoundTrip.check(ShapeSchema.TYPE, new Shape.Circle(1.5));
    RoundTrip.check(ShapeSchema.TYPE, new Shape.Square(2));
    RoundTrip.check(ShapeSchema.TYPE, new Shape.Triangle(3, 4, 5));
    RoundTrip.check(
        DrawingSchema.TYPE,
        new Drawing("d", List.of(new Shape.Circle(1), new Shape.Triangle(1, 1, 1)), null));
    RoundTrip.check(DrawingSchema.TYPE, new Drawing("e", List.of(), new Shape.Square(1)));
  }

  @Test
  void recursiveTypes_roundTrip() {
    TreeNode leaf = new TreeNode("leaf", List.of());
    RoundTrip.check(
        TreeNodeSchema.TYPE,
        new TreeNode("root", List.of(leaf, new TreeNode("mid", List.of(leaf)))));
    Folder inner = new Folder("inner", List.of(new Folder.File("a.txt", 12)));
    RoundTrip.check(
        FolderSchema.TYPE,
        new Folder("root", List.of(new Folder.Sub(inner), new Folder.File("b.txt", 0))));
  }

  @Test
  void genericRecords_roundTripWithConcreteArguments() {
    RoundTrip.check(
        SearchResultSchema.TYPE,
        new SearchResult(new Page<>(List.of(FLOUR), 1), new Page<>(List.of("x", "y"), 2)));
  }

  @Test
  void componentNamesClashingWithGeneratedNames_roundTrip() {
    RoundTrip.check(
        AwkwardSchema.TYPE,
        new Awkward("a", 1, "b", "c", List.of(List.of("d")), "e", "f", new Awkward.JsonInput("g")));
  }

  @Test
  void constrainedValues_roundTrip() {
    RoundTrip.check(
        ConstrainedSchema.TYPE,
        new Constrained(
            5,
            new BigDecimal("100.5"),
            "AB",
            "EUR",
            " t ",
            List.of("a"),
            "a@b.c",
            Map.of("x", 1),
            "Ada Lovelace"));
  }
}
