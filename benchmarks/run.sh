#!/usr/bin/env bash
# Reruns every published benchmark; the output is what docs/BENCHMARKS.md quotes.
# Usage: benchmarks/run.sh [output file]   (about 8 minutes on 2 cores when idle, 13 under load)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-benchmarks/target/results.md}"

mvn -B -q package -DskipTests -pl benchmarks -am
jar=benchmarks/target/benchmarks.jar

{
  echo "# interactions4j benchmark run"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- machine: $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "- java: $(java -version 2>&1 | sed -n 1p)"
  echo "- load average at the start (1, 5, 15 min): $(cut -d" " -f1-3 /proc/loadavg)"
  echo
  echo "## Parsing (JMH, throughput and allocation)"
  echo '```'
  java -jar "$jar" ParseBenchmark -prof gc 2>&1 | grep -E '^(Benchmark|ParseBenchmark\.[a-zA-Z]+( |:gc\.alloc\.rate\.norm))'
  echo '```'
  echo
  echo "## Client overhead (JMH, average time per create call against the simulator)"
  echo '```'
  java -jar "$jar" ClientBenchmark 2>&1 | grep -E '^(Benchmark|ClientBenchmark\.)'
  echo '```'
  echo
  echo "## Whole runs against the simulator"
  echo
  java -cp "$jar" dev.interactions4j.benchmarks.WholeRuns
  echo
  echo "## Schema availability, cold (fresh JVMs)"
  echo
  benchmarks/cold-start.sh
  echo
  echo "## Time to the first call (fresh JVMs)"
  echo
  benchmarks/first-call.sh
  echo
  echo "## Footprint"
  echo
  benchmarks/footprint.sh
  echo
  echo "## Compile cost"
  echo
  mvn -B -q package -DskipTests -pl processor -am
  benchmarks/compile-cost.sh
} | tee "$out"
