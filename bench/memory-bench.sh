#!/usr/bin/env bash
# Memory and restart benchmark: the server as bin/abhilekh-server starts it, against bare Payara Micro (the same
# payara-micro jar, no application, the same Java settings) measured in the same run.
#   bash bench/memory-bench.sh
# Settings (environment): BENCH_PORT=8094, BENCH_IDLE_SECONDS=20 (how long each server idles before its resident
#   memory is read), BENCH_RESTARTS=2 (restarts of the server on its data folder), ABHILEKH_JAVA_OPTS and
#   ABHILEKH_HEAP as for the launcher (they apply to both), BENCH_JAR=target/abhilekh-runnable.jar (another build to
#   compare). Data stays in bench/work/memory/ until the next run.
#
# 1. Bare Payara Micro (the first of its starts): time until its port answers, resident memory idle and at its peak.
# 2. Abhilekh on a fresh data folder with the seed archive: time until /health/ready answers 200, which includes
#    extracting every seed file (the scans' OCR); the peak is the server's resident memory while it does that.
#    Resident memory idle afterwards. OCR runs in tesseract processes beside the server: their peak is shown apart.
# 3. BENCH_RESTARTS rounds of: bare Payara Micro started and stopped (the floor of that round), then Abhilekh started
#    again on its data folder after a polite stop (SIGTERM): time and CPU time until ready, resident memory idle and
#    at its peak. On a machine shared with other work the CPU time is the steadier figure. The server log's time
#    stamps (bench/work/memory/abhilekh.log) show where a start went.
# Resident memory is VmRSS (VmHWM for the peak) from /proc/PID/status; it counts the pages of the memory-mapped
# index that the server touched, as the kernel does.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8094}
idle=${BENCH_IDLE_SECONDS:-20}
restarts=${BENCH_RESTARTS:-2}

. bench/jdk.sh

jar=${BENCH_JAR:-target/abhilekh-runnable.jar}
[ -f "$jar" ] || { echo "== Building the application"; mvn -q -B package -DskipTests; }
version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
payara="$HOME/.m2/repository/fish/payara/extras/payara-micro/$version/payara-micro-$version.jar"
[ -f "$payara" ] || mvn -q -B dependency:get -Dtransitive=false -Dartifact="fish.payara.extras:payara-micro:$version"

work=bench/work/memory
rm -rf "$work" && mkdir -p "$work"
work="$(cd "$work" && pwd)"
server=""
stop_server() {
    if [ -n "$server" ] && kill -0 "$server" 2> /dev/null; then
        kill "$server" 2> /dev/null || true
        wait "$server" 2> /dev/null || true
    fi
    server=""
}
trap stop_server EXIT

mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
status_kib() { awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"; }
now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }

# start NAME JAR DATA [options...]: the launcher with JAR; the server's pid in $server, its start time in $started.
start() {
    local name=$1 jar=$2 data=$3
    shift 3
    started=$(now)
    ABHILEKH_JAR="$jar" ABHILEKH_DATA_DIR="$data" ABHILEKH_ADMIN_PASSWORD=memory-bench-admin-1 \
        bin/abhilekh-server --port "$port" "$@" >> "$work/$name.log" 2>&1 &
    server=$!
}
# await URL ANY: until URL answers (ANY=any: any HTTP status, else 200); the OCR processes' peak in $ocr_peak.
await() {
    ocr_peak=0
    for _ in $(seq 1 9000); do
        if [ "$2" = any ]; then
            code=$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)
            [ "$code" != 000 ] && return 0
        else
            curl -sf -o /dev/null "$1" && return 0
        fi
        kill -0 "$server" 2> /dev/null || { echo "the server ended; see $work"; exit 1; }
        local ocr=0 child
        for child in $(pgrep -P "$server" 2> /dev/null); do
            kib=$(status_kib "$child" VmRSS 2> /dev/null || true)
            ocr=$((ocr + ${kib:-0}))
        done
        [ "$ocr" -gt "$ocr_peak" ] && ocr_peak=$ocr
        sleep 0.1
    done
    echo "not ready after 15 minutes; see $work"
    exit 1
}
# cpu_seconds: the CPU time the server has used so far (all its threads: start-up, compiler, collector).
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$server/stat"; }
# measure LABEL: once the server is ready, its time and CPU time to readiness; it idles, then its resident memory.
measure() {
    local ready cpu rss peak
    ready=$(seconds_since "$started")
    cpu=$(cpu_seconds)
    sleep "$idle"
    rss=$(mib "$(status_kib "$server" VmRSS)")
    peak=$(mib "$(status_kib "$server" VmHWM)")
    printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$ready" "$rss" "$peak" "$cpu" >> "$work/results.tsv"
    printf '  %-24s ready %6s s (CPU %6s s)   resident idle %5s MiB, peak %5s MiB\n' "$1" "$ready" "$cpu" "$rss" "$peak"
}

# bare ROUND: bare Payara Micro, started and stopped.
bare() {
    start payara "$payara" "$work/payara-data" --nohazelcast
    await "http://localhost:$port/" any
    measure "payara $1"
    stop_server
}

echo "== Bare Payara Micro $version (no application), the launcher's settings"
bare 0
echo "== Abhilekh, first start on a fresh data folder with the seed archive"
start abhilekh "$jar" "$work/data"
await "http://localhost:$port/health/ready" 200
measure "abhilekh first start"
printf 'ocr\t%s\n' "$(mib "$ocr_peak")" >> "$work/results.tsv"
echo "  OCR (tesseract processes beside the server): peak $(mib "$ocr_peak") MiB"
stop_server

for round in $(seq 1 "$restarts"); do
    echo "== Round $round: bare Payara Micro, then Abhilekh restarted on the same data folder"
    bare "$round"
    start abhilekh "$jar" "$work/data"
    await "http://localhost:$port/health/ready" 200
    measure "abhilekh restart $round"
    stop_server
done

echo
echo "== Results (Java: $("${java[0]}" -version 2>&1 | head -1); launcher settings plus '${ABHILEKH_JAVA_OPTS:-}'; load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
awk -F'\t' '
    { ready[$1] = $2; rss[$1] = $3; peak[$1] = $4; cpu[$1] = $5 }
    function row(what, ours, floor, unit) {
        format = unit == "MiB" ? "| %s | %.0f %s | %.0f %s | %.2fx |\n" : "| %s | %.1f %s | %.1f %s | %.2fx |\n"
        printf format, what, ours, unit, floor, unit, ours / floor
    }
    END {
        printf "| what | Abhilekh | bare Payara Micro, same run | ratio |\n|---|---|---|---|\n"
        row("resident, idle after the first start (seed imported)", rss["abhilekh first start"], rss["payara 0"], "MiB")
        row("resident, peak of the first start (the seed extracted, scans with OCR)", peak["abhilekh first start"], peak["payara 0"], "MiB")
        printf "| OCR processes beside it, peak | %d MiB | - | - |\n", ready["ocr"]
        row("ready, first start", ready["abhilekh first start"], ready["payara 0"], "s")
        for (i = 1; ("abhilekh restart " i) in ready; i++) {
            k = "abhilekh restart " i; f = "payara " i
            row("ready after restart " i, ready[k], ready[f], "s")
            row("CPU time to ready, restart " i, cpu[k], cpu[f], "s")
            row("resident, idle after restart " i, rss[k], rss[f], "MiB")
            row("resident, peak of restart " i, peak[k], peak[f], "MiB")
        }
    }' "$work/results.tsv"
echo "Logs: $work/*.log"
