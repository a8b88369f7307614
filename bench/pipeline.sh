#!/usr/bin/env bash
# Benchmark: the whole `abaco pipeline run` as a process (JVM start included), on generated tapes, writing every
# output (parquet, csv, json for loans, kpis and time series; summary, manifest, compliance, audit).
#
#   bench/pipeline.sh [ROWS ...]        default: 100000 1000000 10000000
#   REPEAT=N                            runs per size (default 3; 1 for 10M); the median by CPU is printed
#
# The 10M tape runs with -Xmx512m: the rows are streamed, never held. One untimed run first per size, so the page
# cache holds the tape as it would on a production host. Prints one line per size; numbers, not assertions.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000 10000000)

bench_build
echo "abaco pipeline run, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
bench_header "rows (heap)"
for rows in "${sizes[@]}"; do
    ws=$(bench_workspace "$rows")
    heap=default opts="${ABACO_JAVA_OPTS:-}" repeat=${REPEAT:-3}
    if [ "$rows" -ge 10000000 ]; then heap=512m opts="$opts -Xmx512m" repeat=${REPEAT:-1}; fi
    ABACO_JAVA_OPTS="$opts" "$abaco" -w "$ws" pipeline run >/dev/null 2>&1 || true
    ABACO_JAVA_OPTS="$opts" bench_time "$rows ($heap)" "$repeat" "$abaco" -w "$ws" pipeline run
done
