#!/usr/bin/env bash
# Compile cost of the processor: javac on a generated corpus of 500 @GeminiOutput records and 100
# @GeminiTool interfaces, with and without the processor; median of 5 runs each, each in a fresh JVM,
# with the processor's own time measured inside javac (CompileCost).
# Usage: benchmarks/compile-cost.sh   (after `mvn -B -q package -DskipTests`; about 2 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
work=benchmarks/target/compile-corpus
rm -rf "$work" && mkdir -p "$work/src/corpus"

python3 - "$work/src/corpus" <<'PY'
import sys, os
out = sys.argv[1]
for i in range(500):
    with open(os.path.join(out, f"Record{i}.java"), "w") as f:
        f.write(f"""package corpus;

import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.schema.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Record number {i}.
 *
 * @param name the name
 * @param count how many
 */
@GeminiOutput
public record Record{i}(String name, @Min(0) int count, Optional<String> note, List<Item> items,
    Map<String, Double> scores, LocalDate day, Kind kind) {{
  /** An item. */
  public record Item(String sku, double price, List<String> tags) {{}}
  /** A kind. */
  public enum Kind {{ SMALL, MEDIUM, LARGE }}
}}
""")
for i in range(100):
    with open(os.path.join(out, f"Tools{i}.java"), "w") as f:
        f.write(f"""package corpus;

import dev.interactions4j.tools.GeminiTool;
import java.util.List;

/** Tool set number {i}. */
@GeminiTool
public interface Tools{i} {{
  /** Looks a record up. @param name its name */
  Record{i} lookup(String name);
  /** Counts records. @param kind which kind */
  int count(Record{i}.Kind kind);
  /** Saves one. @param value the record */
  void save(Record{i} value);
  /** Lists names. @param limit at most this many */
  List<String> names(int limit);
}}
""")
PY

runtime_cp=benchmarks/target/benchmarks.jar
processor_cp="processor/target/interactions4j-processor-0.1.0-SNAPSHOT.jar:$(ls ~/.m2/repository/com/palantir/javapoet/javapoet/*/javapoet-*.jar | head -1)"

source benchmarks/stats.sh
run() { # $1 = with|without; one fresh JVM per run, javac timed inside it (CompileCost)
  for i in 1 2 3 4 5; do
    rm -rf "$work/out" "$work/gen" && mkdir -p "$work/out" "$work/gen"
    java -Xms512m -cp "$runtime_cp:$processor_cp" dev.interactions4j.benchmarks.CompileCost \
      "$1" "$work/src" "$work/out" "$work/gen" "$runtime_cp"
  done > "$work/$1.runs"
  median "$work/$1.runs" 1 > "$work/$1.ms"
  median "$work/$1.runs" 2 > "$work/$1.processor.ms"
  median "$work/$1.runs" 3 > "$work/$1.filer.ms"
  median "$work/$1.runs" 4 > "$work/$1.cpu.ms"
}

# Without the processor javac cannot compile code that uses generated classes; the corpus does not.
run without
run with
without=$(cat "$work/without.ms"); with=$(cat "$work/with.ms"); own=$(cat "$work/with.processor.ms")
filer=$(cat "$work/with.filer.ms"); cpu=$(cat "$work/with.cpu.ms")
generated=$(find "$work/gen" -name '*.java' | wc -l)
lines=$(find "$work/gen" -name '*.java' -exec cat {} + | wc -l)
source_lines=$(find "$work/src" -name '*.java' -exec cat {} + | wc -l)

echo "| javac on 500 @GeminiOutput records + 100 @GeminiTool interfaces ($source_lines lines) | median of 5 |"
echo "|---|---:|"
echo "| javac without the processor (-proc:none) | $without ms |"
echo "| javac with the processor, in total ($generated classes, $lines lines generated and compiled) | $with ms |"
echo "| the processor's own time (its init and process calls: analysis, generation, Filer writes) | $own ms ($(( own * 100 / without ))% of javac without it) |"
echo "| of which in javac's Filer, creating the $((generated * 2)) files (its checks that each name is new) | $filer ms |"
echo "| CPU time of javac's thread in the processor (its rendering thread not counted) | $cpu ms |"
echo "| javac's extra work on the generated code (total with - without - processor's own) | $((with - without - own)) ms |"
