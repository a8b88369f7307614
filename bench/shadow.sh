#!/usr/bin/env bash
# Benchmark: shadow comparison on a generated tape of ROWS rows (default 1,000,000).
#
#   bench/shadow.sh [ROWS]
#   REPEAT=N                 runs (default 3); the median by CPU is printed
#
# Two lines:
#   rows compare   io.abaco.validation.shadow.RowComparator on V1's loans.csv and V2's loans.parquet of that tape
#                  (a JVM running bench/RowCompareBench.java; it also prints the in-process time of compare())
#   abaco shadow   the whole `abaco shadow --input TAPE`: V1 (the demo's bash/awk stand-in) and V2 on the tape,
#                  KPI and row comparison, reports
set -euo pipefail
source "$(dirname "$0")/lib.sh"
rows=${1:-1000000}

bench_build
ws=$(bench_workspace "$rows")
tape="$ws/data/raw/loan_tape.csv"
target="$bench_repo/cli/target"
java=java
if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then java=$JAVA_HOME/bin/java; fi

rm -rf "$ws/logs/shadow" # each shadow run keeps its outputs there (about 0.5 GB per million rows)
"$abaco" -w "$ws" shadow --input "$tape" >/dev/null 2>&1 || true # warm-up; also leaves V1's and V2's outputs
v1=$(find "$ws/logs/shadow" -name loans.csv -path '*v1*' -newer "$tape" -print 2>/dev/null | head -n 1)
[ -n "$v1" ] || v1="$ws/data/metrics/v1/loans.csv"
v2=$(find "$ws/logs/shadow" -name loans.parquet -newer "$tape" -print 2>/dev/null | head -n 1)
[ -n "$v2" ] || v2="$ws/data/metrics/development/loans.parquet"

echo "abaco shadow, $rows rows, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
bench_header "what"
if [ -f "$v1" ] && [ -f "$v2" ]; then
    bench_time "rows compare" "${REPEAT:-3}" "$java" -XX:+UseSerialGC -cp "$target/abaco-cli.jar:$target/lib/*" \
        "$bench_repo/bench/RowCompareBench.java" "$v1" "$v2"
    echo "  in process: $(grep -ho "compare() [0-9.]* s" "$bench_out/last.log" || echo "?")"
else
    echo "rows compare: no loan-level outputs found ($v1, $v2)"
fi
bench_time "abaco shadow (V1 + V2)" "${REPEAT:-3}" "$abaco" -w "$ws" shadow --input "$tape" || true
rm -rf "$ws/logs/shadow"
