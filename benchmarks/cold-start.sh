#!/usr/bin/env bash
# Schema availability, cold: a fresh JVM until one request body holding 50 output schemas and the
# declarations of 20 tool interfaces (80 functions) is ready as bytes, with interactions4j's
# generated classes against LangChain4j's and victools' reflection, and an empty main() as the
# baseline. Each contender is compiled and run on its own classpath (its library and that
# library's dependencies only); 7 rounds, the contenders interleaved in each, after one unmeasured
# round that warms the file cache. Sources: benchmarks/cold-corpus.py.
# Usage: benchmarks/cold-start.sh   (after `mvn -B -q package -DskipTests -pl benchmarks -am`; about 1 minute)
set -euo pipefail
cd "$(dirname "$0")/.."
work=benchmarks/target/cold-start
rounds=${ROUNDS:-7}
rm -rf "$work" && mkdir -p "$work"
python3 benchmarks/cold-corpus.py "$work/src"

# Classpaths: interactions4j's runtime jar and its runtime dependencies; the others from
# benchmarks/contenders/pom.xml.
mvn -B -q -Dstyle.color=never package -DskipTests -pl runtime,processor -am dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt >&2
runtime_jar=$(ls runtime/target/interactions4j-runtime-*.jar | grep -v -e sources -e javadoc | head -1)
declare -A cp
cp[interactions4j]="$runtime_jar:$(cat runtime/target/runtime-classpath.txt)"
for profile in langchain4j-core victools; do
  mvn -B -q -Dstyle.color=never -f benchmarks/contenders/pom.xml -P "$profile" dependency:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile="$PWD/$work/$profile.classpath" >&2
done
cp[langchain4j]=$(cat "$work/langchain4j-core.classpath")
cp[victools]=$(cat "$work/victools.classpath")
cp[baseline]=""
processor_cp="$(ls processor/target/interactions4j-processor-*.jar | grep -v -e sources -e javadoc | head -1):$(cat processor/target/runtime-classpath.txt)"

sources=(baseline interactions4j langchain4j victools)
for name in "${sources[@]}"; do
  mkdir -p "$work/$name/classes"
  options=(-proc:none -parameters)
  if [[ $name == interactions4j ]]; then
    options=(-processorpath "$processor_cp" -processor dev.interactions4j.processor.GeminiProcessor -s "$work/$name/generated")
    mkdir -p "$work/$name/generated"
  fi
  javac -nowarn -d "$work/$name/classes" -cp "${cp[$name]}" "${options[@]}" $(find "$work/src/$name" -name '*.java')
done

# contender = sources directory and main class; interactions4j twice: the client's path (tool sets
# bound, ResponseFormat.json(schemaJson) per type as GeminiClient does, an InteractionRequest
# written by WireJson.write) and the texts written as they are by a streaming generator (RawMain)
declare -A dir=([baseline]=baseline [interactions4j]=interactions4j [interactions4j-raw]=interactions4j
  [langchain4j]=langchain4j [victools]=victools)
declare -A main=([interactions4j-raw]=corpus.RawMain)
contenders=(baseline interactions4j interactions4j-raw langchain4j victools)
run() { # $1 = contender, $2 = output file of the body (optional); prints "main_ns jvm_ms body schemas functions wall_ns"
  local start end line d=${dir[$1]}
  start=$(date +%s%N)
  line=$(java -cp "$work/$d/classes:${cp[$d]}" "${main[$1]:-corpus.Main}" ${2:-} 2>>"$work/$1.stderr")
  end=$(date +%s%N)
  echo "$line $((end - start))"
}
for name in "${contenders[@]}"; do
  run "$name" "$work/$name.json" > /dev/null   # unmeasured: warms the file cache, keeps the body
done
for ((round = 1; round <= rounds; round++)); do
  for name in "${contenders[@]}"; do
    run "$name" >> "$work/$name.runs"
  done
done

declare -A loaded   # one more run each, unmeasured, logging every class the JVM loads
for name in "${contenders[@]}"; do
  d=${dir[$name]}
  java -Xlog:class+load:file="$work/$name.classes" -cp "$work/$d/classes:${cp[$d]}" "${main[$name]:-corpus.Main}" \
    > /dev/null 2>>"$work/$name.stderr"
  loaded[$name]=$(grep -c . "$work/$name.classes")
done

source benchmarks/stats.sh
declare -A entry jvm wall
for name in "${contenders[@]}"; do
  entry[$name]=$(median "$work/$name.runs" 1)
  jvm[$name]=$(median "$work/$name.runs" 2)
  wall[$name]=$(median "$work/$name.runs" 6)
done
base_jvm=${jvm[baseline]}
base_wall=${wall[baseline]}

echo "| fresh JVM, median of $rounds | main() → body ready | JVM start → body ready | whole process (wall) | body | schemas, functions | classes loaded |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for name in "${contenders[@]}"; do
  read -r _ _ body schemas functions _ < "$work/$name.runs"
  printf '| %s | %s ms | %s ms | %s ms | %s B | %s, %s | %s |\n' "$name" "$(ms "${entry[$name]}")" "${jvm[$name]}" \
    "$(ms "${wall[$name]}")" "$body" "$schemas" "$functions" "${loaded[$name]}"
done
echo
echo "| ratio | main() → body ready | JVM start → body ready | whole process | JVM start → ready, less the empty main()'s |"
echo "|---|---:|---:|---:|---:|"
for ours in interactions4j interactions4j-raw; do
  for name in langchain4j victools; do
    printf '| %s / %s | %s | %s | %s | %s |\n' "$name" "$ours" "$(ratio "${entry[$name]}" "${entry[$ours]}")" \
      "$(ratio "${jvm[$name]}" "${jvm[$ours]}")" "$(ratio "${wall[$name]}" "${wall[$ours]}")" \
      "$(ratio "$((jvm[$name] - base_jvm))" "$((jvm[$ours] - base_jvm))")"
  done
done
echo
echo "Bodies: $work/<contender>.json. Java: $(java -version 2>&1 | sed -n 1p); wall time of the empty main(): $(ms "$base_wall") ms."
