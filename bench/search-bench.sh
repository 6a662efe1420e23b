#!/usr/bin/env bash
# Search benchmark: /api/search on a generated corpus of real text, against an in-process floor.
#   bash bench/search-bench.sh [DOCUMENTS=100000] [SECONDS_PER_LEVEL=20]
# Needs a JDK 21+ (JAVA_HOME, or one under /usr/lib/jvm) and Maven. Leaves its data in bench/work/.
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-100000}
level_seconds=${2:-20}
port=${BENCH_PORT:-8095}

. bench/jdk.sh

echo "== Building the application"
mvn -q -B package -DskipTests
classpath="target/classes:$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
mkdir -p bench/work/classes
javac -q -d bench/work/classes -cp "$classpath" bench/src/org/abhilekh/bench/*.java 2>/dev/null \
    || javac -d bench/work/classes -cp "$classpath" bench/src/org/abhilekh/bench/*.java
classpath="bench/work/classes:$classpath"

work="bench/work/search-$documents"
if [ -f "$work/data/index/current" ] && [ "${BENCH_FRESH:-0}" != 1 ]; then
    echo "== Reusing the corpus in $work (BENCH_FRESH=1 builds it again)"
else
    rm -rf "$work" && mkdir -p "$work"
    echo "== Generating $documents documents"
    "${java[@]}" -cp "$classpath" org.abhilekh.bench.SearchCorpus "$work/data" "$documents" 2>&1 | grep -v WARNING
fi

echo "== Starting the server on port $port"
# The corpus is only an index; a database left by an earlier build of the application would not match this one.
rm -rf "$work/data/db" "$work/data/blobs"
version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
payara="$HOME/.m2/repository/fish/payara/extras/payara-micro/$version/payara-micro-$version.jar"
ABHILEKH_DATA_DIR="$(pwd)/$work/data" ABHILEKH_SEED_ENABLED=false ABHILEKH_ADMIN_PASSWORD=benchmark-admin-1 \
    "${java[@]}" -Xmx2g -jar "$payara" --nohazelcast --deploy target/abhilekh.war --contextroot / --port "$port" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    curl -sf "http://localhost:$port/health/ready" > /dev/null && break
    sleep 1
done
curl -sf "http://localhost:$port/health/ready" > /dev/null || { echo "server did not start; see $work/server.log"; exit 1; }

echo "== Measuring ($level_seconds s per level, after warm-up)"
generation="$work/data/index/$(cat "$work/data/index/current")"
"${java[@]}" -cp "$classpath" org.abhilekh.bench.SearchLoad "http://localhost:$port" "$generation" "$level_seconds" 2>&1 | grep -v WARNING

heap=$(curl -s "http://localhost:$port/metrics" | awk '/^(base_)?memory_usedHeap_bytes/ {print $2; exit}')
rss=$(ps -o rss= -p "$server")
echo "server heap in use: $(awk -v b="${heap:-0}" 'BEGIN {printf "%.0f MiB", b/1048576}'), resident: $((rss / 1024)) MiB"
