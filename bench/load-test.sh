#!/usr/bin/env bash
# Load test: CLIENTS concurrent visitors over the public mix for a while, with slow readers in the second half.
#   bash bench/load-test.sh
# Settings (environment): LOAD_SECONDS=300, LOAD_CLIENTS=32, LOAD_SLOW_CLIENTS=4,
#   LOAD_URL=http://host:port to target a running server instead of starting one (LOAD_PID=its process id
#   adds its resident memory), BENCH_PORT=8098 for the server it starts, LOAD_JAVA_OPTS for that server's JVM.
# Needs a JDK 21+ (JAVA_HOME, or one under /usr/lib/jvm) and Maven. Leaves its data in bench/work/load/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${LOAD_SECONDS:-300}
clients=${LOAD_CLIENTS:-32}
slow_clients=${LOAD_SLOW_CLIENTS:-4}
port=${BENCH_PORT:-8098}

. bench/jdk.sh

[ -f target/abhilekh.war ] || { echo "== Building the application"; mvn -q -B package -DskipTests; }
mkdir -p bench/work/classes
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/work/classpath.txt 2>/dev/null
classpath=$(cat bench/work/classpath.txt)
javac -nowarn -d bench/work/classes -cp "target/classes:$classpath" bench/src/org/abhilekh/bench/LoadTest.java
classpath="bench/work/classes:$classpath"

server=""
if [ -n "${LOAD_URL:-}" ]; then
    base=${LOAD_URL%/}
    pid=${LOAD_PID:-}
    echo "== Targeting $base"
else
    work=bench/work/load
    rm -rf "$work" && mkdir -p "$work"
    version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
    payara="$HOME/.m2/repository/fish/payara/extras/payara-micro/$version/payara-micro-$version.jar"
    echo "== Starting the server with the seed archive on port $port (data in $work)"
    # shellcheck disable=SC2086
    ABHILEKH_DATA_DIR="$(pwd)/$work/data" ABHILEKH_ADMIN_PASSWORD=load-test-admin-1 \
        "${java[@]}" ${LOAD_JAVA_OPTS:-} -jar "$payara" --nohazelcast --deploy target/abhilekh.war --contextroot / \
        --port "$port" > "$work/server.log" 2>&1 &
    server=$!
    trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
    base="http://localhost:$port"
    pid=$server
    for _ in $(seq 1 600); do
        curl -sf "$base/health/ready" > /dev/null && break
        kill -0 "$server" 2>/dev/null || { tail -30 "$work/server.log"; exit 1; }
        sleep 1
    done
    curl -sf "$base/health/ready" > /dev/null || { echo "server did not become ready; see $work/server.log"; exit 1; }
fi

echo "== $clients clients for $seconds s, $slow_clients slow readers in the second half"
"$JAVA_HOME/bin/java" -cp "$classpath" org.abhilekh.bench.LoadTest "$base" "$seconds" "$clients" "$slow_clients" ${pid:+"$pid"}
