#!/usr/bin/env bash
# Footprint: the jars an application ships to call Gemini, counted and summed: interactions4j's
# runtime jar with its runtime dependencies, against Google's SDK and LangChain4j's Gemini module
# (versions pinned in the parent pom, resolved by benchmarks/contenders/pom.xml).
# Usage: benchmarks/footprint.sh   (under a minute once the jars are in ~/.m2)
set -euo pipefail
cd "$(dirname "$0")/.."
work=benchmarks/target/footprint
rm -rf "$work" && mkdir -p "$work"

mvn -B -q -Dstyle.color=never package -DskipTests -pl runtime -am dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile=target/runtime-classpath.txt >&2
runtime_jar=$(ls runtime/target/interactions4j-runtime-*.jar | grep -v -e sources -e javadoc | head -1)
{ echo "$runtime_jar"; tr ':' '\n' < runtime/target/runtime-classpath.txt; } > "$work/interactions4j.jars"

for profile in google-genai langchain4j-gemini; do
  mvn -B -q -Dstyle.color=never -f benchmarks/contenders/pom.xml -P "$profile" dependency:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile="$PWD/$work/$profile.classpath" >&2
  tr ':' '\n' < "$work/$profile.classpath" > "$work/$profile.jars"
done

version() { # the version of a managed dependency, from the parent pom
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1
}
bytes() { xargs stat -c %s < "$1" | awk '{s += $1} END {print s}'; }
count() { grep -c . "$1"; }
base=$(bytes "$work/interactions4j.jars")

row() { # $1 = label, $2 = jar list
  local b; b=$(bytes "$2")
  printf '| %s | %d | %s | %s |\n' "$1" "$(count "$2")" "$(echo "$b" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')" \
    "$(awk -v b="$b" -v a="$base" 'BEGIN {printf "%.1f×", b / a}')"
}

echo "| library (with its runtime dependencies) | jars | bytes | against interactions4j |"
echo "|---|---:|---:|---:|"
row "interactions4j-runtime $(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)" "$work/interactions4j.jars"
row "com.google.genai:google-genai $(version google-genai.version)" "$work/google-genai.jars"
row "dev.langchain4j:langchain4j-google-ai-gemini $(version langchain4j.version)" "$work/langchain4j-gemini.jars"
echo
for name in interactions4j google-genai langchain4j-gemini; do
  echo "- $name: $(xargs -n1 basename < "$work/$name.jars" | sed 's/\.jar$//' | paste -sd, - | sed 's/,/, /g')"
done
