#!/usr/bin/env bash
# Heap used while uploading a file four times the heap: a client JVM with -Xmx${HEAP_MB}m uploads
# a sparse file of 4 x HEAP_MB MiB with the Files API (resumable protocol, 8 MiB chunks) to the
# simulator running in its own process, once from the file and once from a stream of it, while a
# thread samples the heap in use. Program: UploadHeap in benchmarks/src.
# Usage: benchmarks/upload-heap.sh   (after `mvn -B -q package -DskipTests -pl benchmarks -am`; under a minute;
# HEAP_MB=128 for another heap, MAVEN_FLAGS=-o to build offline)
set -euo pipefail
cd "$(dirname "$0")/.."
heap=${HEAP_MB:-64}
work=benchmarks/target/upload-heap
rm -rf "$work" && mkdir -p "$work"

mvn -B -q ${MAVEN_FLAGS:-} -Dstyle.color=never package -DskipTests -pl runtime -am dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile=target/runtime-classpath.txt >&2
cp="benchmarks/target/classes:$(ls runtime/target/interactions4j-runtime-*.jar | grep -v -e sources -e javadoc | head -1):$(cat runtime/target/runtime-classpath.txt)"

java -jar simulator/target/interactions4j-simulator.jar --port 0 > "$work/simulator.log" 2>&1 &
simulator=$!
trap 'kill $simulator; rm -f "$work/upload.bin"' EXIT
for _ in $(seq 1 300); do
  url=$(grep -o 'http://[0-9.:]*' "$work/simulator.log" 2>/dev/null | head -1 || true)
  [[ -n $url ]] && break
  sleep 0.1
done
[[ -n $url ]] || { echo "the simulator did not start: $(cat "$work/simulator.log")" >&2; exit 1; }

truncate -s "$((4 * heap))M" "$work/upload.bin"   # sparse: no disk until the simulator stores it
echo "java $(java -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/'), -Xmx${heap}m, a $((4 * heap)) MiB file, simulator at $url"
GEMINI_API_KEY=bench GEMINI_BASE_URL=$url java "-Xmx${heap}m" -cp "$cp" dev.interactions4j.benchmarks.UploadHeap "$work/upload.bin"
