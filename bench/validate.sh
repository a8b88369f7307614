#!/usr/bin/env bash
# Benchmark: the whole `abaco validate` as a process (JVM start included) in a workspace with a finished run,
# with validation.sample_rows: 1000.
#
#   bench/validate.sh [ROWS ...]        tape sizes of the workspaces (default: 10000, the size `abaco init` makes)
#   REPEAT=N                            runs per size (default 5); the median by CPU is printed
#
# validate re-checks the whole latest run (sha256 of every output, KPIs recomputed from every loans file), so its
# time grows with the run's size; sample_rows only sizes the performance check.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000)

bench_build
echo "abaco validate (sample_rows 1000), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
bench_header "rows in the run"
for rows in "${sizes[@]}"; do
    ws=$(bench_workspace "$rows" "$bench_out/validate-$rows")
    sed -i 's/^\(  sample_rows:\).*/\1 1000/' "$ws/config/pipeline.yml"
    "$abaco" -w "$ws" pipeline run >/dev/null 2>&1
    "$abaco" -w "$ws" validate >/dev/null 2>&1 || true # warm-up; WARN/FAIL verdicts are fine for timing
    bench_time "$rows" "${REPEAT:-5}" "$abaco" -w "$ws" validate || true
done
