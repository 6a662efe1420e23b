#!/usr/bin/env bash
# Search benchmark: /api/search on a generated corpus of real text, against an in-process floor.
#   bash bench/search-bench.sh [DOCUMENTS=100000] [SECONDS_PER_LEVEL=20]
#   BENCH_ENGINE=opensearch BENCH_OPENSEARCH_URLS=http://127.0.0.1:9200,... bash bench/search-bench.sh
#   BENCH_CORPUS=zipf bash bench/search-bench.sh    # words in a natural (Zipf-like) distribution, rare and common queries
#   BENCH_SERVER_OPTS='-XX:StartFlightRecording=...' adds JVM options to the server (to profile it)
# Needs a JDK 21+ (JAVA_HOME, or one under /usr/lib/jvm) and Maven. Leaves its data in bench/work/ and, on a cluster,
# the index abhilekh-bench-DOCUMENTS. The floor is the embedded index of the same corpus on either engine.
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-100000}
level_seconds=${2:-20}
port=${BENCH_PORT:-8095}
engine=${BENCH_ENGINE:-lucene}
corpus=${BENCH_CORPUS:-recombined}
case "$corpus" in
    recombined) name="$documents" ;;
    zipf) name="zipf-$documents" ;;
    *) echo "BENCH_CORPUS is '$corpus': recombined or zipf"; exit 1 ;;
esac
case "$engine" in
    lucene) ;;
    opensearch)
        urls=${BENCH_OPENSEARCH_URLS:?BENCH_ENGINE=opensearch needs BENCH_OPENSEARCH_URLS (comma-separated)}
        cluster=${urls%%,*}
        prefix="abhilekh-bench-$name"
        ;;
    *) echo "BENCH_ENGINE is '$engine': lucene or opensearch"; exit 1 ;;
esac

. bench/jdk.sh

echo "== Building the application"
mvn -q -B package -DskipTests
classpath="target/classes:$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
mkdir -p bench/work/classes
javac -q -d bench/work/classes -cp "$classpath" bench/src/org/abhilekh/bench/*.java 2>/dev/null \
    || javac -d bench/work/classes -cp "$classpath" bench/src/org/abhilekh/bench/*.java
classpath="bench/work/classes:$classpath"

work="bench/work/search-$name"
if [ -f "$work/data/index/current" ] && [ "${BENCH_FRESH:-0}" != 1 ]; then
    echo "== Reusing the corpus in $work (BENCH_FRESH=1 builds it again)"
else
    rm -rf "$work" && mkdir -p "$work"
    echo "== Generating $documents documents ($corpus)"
    "${java[@]}" -Dbench.corpus="$corpus" -Dbench.queries="$work/queries.txt" -cp "$classpath" org.abhilekh.bench.SearchCorpus "$work/data" "$documents" 2>&1 | grep -v WARNING
fi

server_properties=()
if [ "$engine" = opensearch ]; then
    # Only a complete corpus is reused: a run stopped while filling the cluster leaves an alias with fewer documents.
    count=$(curl -s "$cluster/$prefix/_count" | sed -n 's/.*"count":\([0-9]*\).*/\1/p')
    if [ "${count:-0}" = "$documents" ] && [ "${BENCH_FRESH:-0}" != 1 ]; then
        echo "== Reusing the index $prefix on the cluster (BENCH_FRESH=1 builds it again)"
    else
        curl -sf -X DELETE "$cluster/$prefix-*" > /dev/null
        echo "== Writing $documents documents to the cluster ($urls) as $prefix"
        "${java[@]}" -Dbench.corpus="$corpus" -Dbench.queries="$work/queries.txt" -cp "$classpath" org.abhilekh.bench.SearchCorpus opensearch "$urls" "$prefix" "$documents" 2>&1 | grep -v WARNING
    fi
    curl -s "$cluster/_cat/indices/$prefix-*?bytes=b&h=index,docs.count,store.size,pri.store.size" | awk '
        { documents += $2; total += $3; primary += $4 }
        END { printf "cluster index: %d entries; %.1f MiB primary, %.1f MiB with the replica\n", documents, primary / 1048576, total / 1048576 }'
    server_properties=(-Dabhilekh.search.engine=opensearch "-Dabhilekh.opensearch.urls=$urls" "-Dabhilekh.opensearch.index-prefix=$prefix")
fi

echo "== Starting the server on port $port ($engine)"
# The corpus is only an index; a database left by an earlier build of the application would not match this one.
rm -rf "$work/data/db" "$work/data/blobs"
version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
payara="$HOME/.m2/repository/fish/payara/extras/payara-micro/$version/payara-micro-$version.jar"
ABHILEKH_DATA_DIR="$(pwd)/$work/data" ABHILEKH_SEED_ENABLED=false ABHILEKH_ADMIN_PASSWORD=benchmark-admin-1 \
    "${java[@]}" -Xmx2g ${BENCH_SERVER_OPTS:-} "${server_properties[@]}" -jar "$payara" --nohazelcast --deploy target/abhilekh.war --contextroot / --port "$port" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    curl -sf "http://localhost:$port/health/ready" > /dev/null && break
    sleep 1
done
curl -sf "http://localhost:$port/health/ready" > /dev/null || { echo "server did not start; see $work/server.log"; exit 1; }

echo "== Measuring ($level_seconds s per level, after warm-up)"
generation="$work/data/index/$(cat "$work/data/index/current")"
queries=()
[ "$corpus" = zipf ] && queries=("$work/queries.txt")
"${java[@]}" -Dbench.server.pid="$server" -cp "$classpath" org.abhilekh.bench.SearchLoad "http://localhost:$port" "$generation" "$level_seconds" "${queries[@]}" 2>&1 | grep -v WARNING

heap=$(curl -s "http://localhost:$port/metrics" | awk '/^(base_)?memory_usedHeap_bytes/ {print $2; exit}')
rss=$(ps -o rss= -p "$server")
# The kernel's high-water mark is the peak over the whole run, which a sample at the end can miss.
peak=$(awk '/^VmHWM/ {print $2}' "/proc/$server/status")
echo "server heap in use: $(awk -v b="${heap:-0}" 'BEGIN {printf "%.0f MiB", b/1048576}'), resident: $((rss / 1024)) MiB (peak $((peak / 1024)) MiB)"
# Resident memory counts the pages of the memory-mapped index the searches touched: page cache, which the kernel
# takes back when it needs the memory, unlike the process's own (anonymous) memory.
anonymous=$(awk '/^RssAnon/ {print $2}' "/proc/$server/status")
file_pages=$(awk '/^RssFile/ {print $2}' "/proc/$server/status")
echo "  of it now: the process's own memory (heap, classes, compiled code, threads) $((anonymous / 1024)) MiB, file pages (the memory-mapped index, the jars) $((file_pages / 1024)) MiB"
if [ "$engine" = opensearch ]; then
    # Nodes on this machine share its cores and memory with the server: their memory belongs in the comparison.
    for url in ${urls//,/ }; do
        node_port=${url##*:}
        node_port=${node_port%%/*}
        node=$(ss -Hltnp "sport = :$node_port" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
        if [ -n "$node" ]; then
            echo "cluster node on port $node_port: resident $(($(ps -o rss= -p "$node") / 1024)) MiB (peak $(($(awk '/^VmHWM/ {print $2}' "/proc/$node/status") / 1024)) MiB)"
        fi
    done
fi
