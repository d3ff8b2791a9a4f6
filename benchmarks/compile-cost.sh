#!/usr/bin/env bash
# Compile cost of the processor: javac on a generated corpus of 500 @GeminiOutput records and 100
# @GeminiTool interfaces, with and without the processor; median of 5 runs each.
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

import dev.interactions4j.GeminiOutput;
import dev.interactions4j.constraints.Min;
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

import dev.interactions4j.GeminiTool;
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
sources=$(find "$work/src" -name '*.java')

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() { # $1 = label, rest = javac options
  local label=$1; shift
  for i in 1 2 3 4 5; do
    rm -rf "$work/out" "$work/gen" && mkdir -p "$work/out" "$work/gen"
    local start=$(date +%s%N)
    javac -J-Xms512m -nowarn -d "$work/out" -s "$work/gen" -cp "$runtime_cp" "$@" $sources
    echo $(( ($(date +%s%N) - start) / 1000000 ))
  done | median > "$work/$label.ms"
}

# Without the processor javac cannot compile code that uses generated classes; the corpus does not.
run without -proc:none
run with -processorpath "$processor_cp" -processor dev.interactions4j.processor.GeminiProcessor
without=$(cat "$work/without.ms"); with=$(cat "$work/with.ms")
generated=$(find "$work/gen" -name '*.java' | wc -l)

echo "| javac on 500 @GeminiOutput records + 100 @GeminiTool interfaces | median of 5 |"
echo "|---|---:|"
echo "| without the processor (-proc:none) | $without ms |"
echo "| with the processor ($generated classes generated and compiled) | $with ms |"
echo "| processor's share: generating and compiling its output | $((with - without)) ms ($(( (with - without) * 100 / with ))% of the total) |"
