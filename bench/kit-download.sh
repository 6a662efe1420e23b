#!/usr/bin/env bash
# Kit-download benchmark: builds a large press kit from real seed files, starts the server on it,
# downloads the kit's ZIP several times and reads the same files from disk in the same run (the floor),
# prints MB/s, the ratio ours/floor and the server's used heap during the downloads, then cleans up.
# Usage: bash bench/kit-download.sh [size-in-MB, default 400] [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${1:-400}
ROUNDS=${2:-3}
PORT=${BENCH_PORT:-8097}
. bench/jdk.sh
JAVA="$JAVA_HOME/bin/java"
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
PAYARA="$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar"
[ -f "$PAYARA" ] || { echo "Payara Micro $PAYARA_VERSION is not in the local Maven repository: run mvn package once"; exit 1; }
WORK=$(mktemp -d /tmp/abhilekh-bench.XXXXXX)
SERVER=""
cleanup() {
    if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

[ -f target/abhilekh.war ] || JAVA_HOME=$JAVA_HOME mvn -o -q package -DskipTests

# A seed folder with no archive documents and one press kit of large, distinct files: real seed PDFs
# and images, each copy followed by its own random bytes, so every file is a distinct blob, declared with its
# media type as a browser would send it. The benchmark downloads as the administrator, so the ZIP holds the
# originals from the blob store (the files the floor reads) rather than public copies without their metadata.
mkdir -p "$WORK/seed/presskits/assets" "$WORK/data"
echo "Benchmark seed: one large press kit, no archive documents." > "$WORK/seed/README.md"
FILE_MB=8
COUNT=$(( (SIZE_MB + FILE_MB - 1) / FILE_MB ))
SOURCES=(seed-content/research/*.pdf seed-content/clippings/*.png seed-content/clippings/*.jpg)
{
    echo '[{"slug": "bench-large-kit", "title": "Benchmark kit", "summary": "Large kit for the download benchmark.", "embargoUntil": null, "items": ['
    for i in $(seq 1 "$COUNT"); do
        src=${SOURCES[$(( (i - 1) % ${#SOURCES[@]} ))]}
        ext=${src##*.}
        name=$(printf 'file-%03d.%s' "$i" "$ext")
        cp "$src" "$WORK/seed/presskits/assets/$name"
        head -c $(( FILE_MB * 1000000 )) /dev/urandom >> "$WORK/seed/presskits/assets/$name"
        case $ext in pdf) type=application/pdf ;; png) type=image/png ;; *) type=image/jpeg ;; esac
        sep=$([ "$i" -lt "$COUNT" ] && echo , || true)
        echo "{\"asset\": \"assets/$name\", \"kind\": \"photo\", \"mediaType\": \"$type\", \"title\": \"Benchmark file $i\", \"credit\": \"bench\", \"licence\": \"none\"}$sep"
    done
    echo ']}]'
} > "$WORK/seed/presskits/kits.json"
echo "kit source files: $(du -sh "$WORK/seed/presskits/assets" | cut -f1) in $COUNT files"

# OCR is off: the seed loader reads every kit file for the safeguarding checks, and OCR of the images would take
# minutes without changing anything the download does.
(cd "$WORK" && ABHILEKH_OCR_TESSERACT_PATH=/nonexistent/tesseract ABHILEKH_DATA_DIR="$WORK/data" ABHILEKH_SEED_DIR="$WORK/seed" ABHILEKH_ADMIN_PASSWORD=bench-admin-password-1 \
    exec "${java[@]}" ${KIT_JAVA_OPTS:-} -jar "$PAYARA" --nohazelcast \
    --deploy "$OLDPWD/target/abhilekh.war" --contextroot / --port "$PORT" > "$WORK/server.log" 2>&1) &
SERVER=$!
echo "server pid $SERVER on port $PORT; waiting for it to be ready"
for _ in $(seq 1 900); do
    curl -sf "http://localhost:$PORT/health/ready" > /dev/null && break
    kill -0 "$SERVER" 2>/dev/null || { tail -50 "$WORK/server.log"; exit 1; }
    sleep 1
done
curl -sf "http://localhost:$PORT/health/ready" > /dev/null || { echo "server not ready"; tail -50 "$WORK/server.log"; exit 1; }

"$JAVA" bench/KitDownloadBench.java "http://localhost:$PORT" bench-large-kit "$WORK/data/blobs" admin bench-admin-password-1 "$ROUNDS" "$SERVER"
