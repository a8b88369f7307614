#!/usr/bin/env bash
# Benchmark: the whole `abaco pipeline run` as a process, on generated tapes.
#
#   bench/pipeline.sh [ROWS ...]        default: 100000 1000000 10000000
#
# For each size it creates a workspace with `abaco init --rows N`, then times `abaco pipeline run` (wall clock,
# JVM start included). The largest size runs with -Xmx512m to show the input is streamed. Prints one line per
# size; nothing here is a test: numbers are for the README, not assertions.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
abaco="$repo/bin/abaco"
out="${ABACO_BENCH_DIR:-$repo/bench/out}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000 10000000)

[ -f "$repo/cli/target/abaco-cli.jar" ] || (cd "$repo" && ./mvnw -q -DskipTests package)
mkdir -p "$out"
printf '%-10s %-12s %-10s %-12s %s\n' rows heap wall_s max_rss_mb status
for rows in "${sizes[@]}"; do
  ws="$out/ws-$rows"
  if [ ! -f "$ws/data/raw/loan_tape.csv" ] || [ "$(cat "$ws/.bench-rows" 2>/dev/null)" != "$rows" ]; then
    rm -rf "$ws"
    "$abaco" init "$ws" --rows "$rows" --seed 7 >/dev/null
    echo "$rows" > "$ws/.bench-rows"
  fi
  heap=default
  opts="${ABACO_JAVA_OPTS:-}"
  if [ "$rows" -ge 10000000 ]; then heap=512m; opts="$opts -Xmx512m"; fi
  # a warm-up run so the page cache holds the tape, as it would on a production host
  ABACO_JAVA_OPTS="$opts" "$abaco" -w "$ws" pipeline run >/dev/null 2>&1 || true
  start=$(date +%s.%N)
  set +e
  ABACO_JAVA_OPTS="$opts" /usr/bin/time -f '%M' -o "$out/rss-$rows" "$abaco" -w "$ws" pipeline run >"$out/run-$rows.log" 2>&1
  rc=$?
  set -e
  end=$(date +%s.%N)
  wall=$(awk -v s="$start" -v e="$end" 'BEGIN{printf "%.2f", e-s}')
  rss=$(awk '{printf "%.0f", $1/1024}' "$out/rss-$rows" 2>/dev/null || echo "?")
  status=ok; [ $rc -eq 0 ] || status="exit $rc (see $out/run-$rows.log)"
  printf '%-10s %-12s %-10s %-12s %s\n' "$rows" "$heap" "$wall" "$rss" "$status"
done
