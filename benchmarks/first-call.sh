#!/usr/bin/env bash
# Time to the first call in a fresh JVM: from JVM start to the first create call answered by the
# simulator (running in its own process, warmed up first), for GeminiClient, for Google's SDK
# (google-genai's Interactions API, pointed at the simulator) and for the JDK's HttpClient posting
# the same body (the baseline). Each runs on its own classpath; 7 rounds, interleaved, after one
# unmeasured round. Programs: FirstCall, FirstCallGoogleGenai, FirstCallBare in benchmarks/src.
# Usage: benchmarks/first-call.sh   (after `mvn -B -q package -DskipTests -pl benchmarks -am`; about 1 minute)
set -euo pipefail
cd "$(dirname "$0")/.."
work=benchmarks/target/first-call
rounds=${ROUNDS:-7}
rm -rf "$work" && mkdir -p "$work"

mvn -B -q -Dstyle.color=never package -DskipTests -pl runtime -am dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile=target/runtime-classpath.txt >&2
mvn -B -q -Dstyle.color=never -f benchmarks/contenders/pom.xml -P google-genai dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$PWD/$work/google-genai.classpath" >&2
classes=benchmarks/target/classes
declare -A cp=(
  [bare-httpclient]="$classes"
  [interactions4j]="$classes:$(ls runtime/target/interactions4j-runtime-*.jar | grep -v -e sources -e javadoc | head -1):$(cat runtime/target/runtime-classpath.txt)"
  [google-genai]="$classes:$(cat "$work/google-genai.classpath")")
declare -A main=([bare-httpclient]=FirstCallBare [interactions4j]=FirstCall [google-genai]=FirstCallGoogleGenai)
contenders=(bare-httpclient interactions4j google-genai)

java -jar simulator/target/interactions4j-simulator.jar --port 0 > "$work/simulator.log" 2>&1 &
simulator=$!
trap 'kill $simulator' EXIT
for _ in $(seq 1 300); do
  url=$(grep -o 'http://[0-9.:]*' "$work/simulator.log" | head -1 || true)
  [[ -n $url ]] && break
  sleep 0.1
done
[[ -n $url ]] || { echo "the simulator did not start: $(cat "$work/simulator.log")" >&2; exit 1; }
export GEMINI_API_KEY=bench GEMINI_BASE_URL=$url

run() { # $1 = contender; prints "main_ns jvm_ms status_or_steps wall_ns"
  local start end line
  start=$(date +%s%N)
  line=$(java -cp "${cp[$1]}" "dev.interactions4j.benchmarks.${main[$1]}" 2>>"$work/$1.stderr")
  end=$(date +%s%N)
  echo "$line $((end - start))"
}
for _ in 1 2 3; do   # unmeasured: warms the simulator's JIT and the file cache
  for name in "${contenders[@]}"; do run "$name" > /dev/null; done
done
for ((round = 1; round <= rounds; round++)); do
  for name in "${contenders[@]}"; do run "$name" >> "$work/$name.runs"; done
done

declare -A loaded   # one more run each, unmeasured, logging every class the JVM loads
for name in "${contenders[@]}"; do
  java -Xlog:class+load:file="$work/$name.classes" -cp "${cp[$name]}" "dev.interactions4j.benchmarks.${main[$name]}" \
    > /dev/null 2>>"$work/$name.stderr"
  loaded[$name]=$(grep -c . "$work/$name.classes")
done

source benchmarks/stats.sh
declare -A entry jvm wall
for name in "${contenders[@]}"; do
  entry[$name]=$(median "$work/$name.runs" 1)
  jvm[$name]=$(median "$work/$name.runs" 2)
  wall[$name]=$(median "$work/$name.runs" 4)
done

echo "| fresh JVM → first create answered, median of $rounds | main() → answer | JVM start → answer | whole process (wall) | against bare HttpClient (JVM start → answer) | classes loaded |"
echo "|---|---:|---:|---:|---:|---:|"
for name in "${contenders[@]}"; do
  printf '| %s | %s ms | %s ms | %s ms | %s | %s |\n' "$name" "$(ms "${entry[$name]}")" "${jvm[$name]}" "$(ms "${wall[$name]}")" \
    "$(ratio "${jvm[$name]}" "${jvm[bare-httpclient]}")" "${loaded[$name]}"
done
echo
echo "google-genai / interactions4j: $(ratio "${jvm[google-genai]}" "${jvm[interactions4j]}") (JVM start → answer), $(ratio "${wall[google-genai]}" "${wall[interactions4j]}") (whole process)."
