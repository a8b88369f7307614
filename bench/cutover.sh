#!/usr/bin/env bash
# Benchmark: cutover and rollback wall times, as an operator runs them (bin/abaco as a process, JVM start included).
#
#   bench/cutover.sh [RUNS] [DB_ROWS]       defaults: 3 runs on the demo workspace, 1000000 rows with PostgreSQL
#
# 1. The demo workspace (`abaco init`, 10 000 rows, files only): RUNS times `abaco cutover run` then
#    `abaco rollback`, V1 the demo stand-in, V2 `abaco serve`.
# 2. A workspace with DB_ROWS rows whose PostgreSQL output is on (127.0.0.1:5432/test, a schema of its own, dropped
#    at the end; override with ABACO_BENCH_DB_URL): the pipeline first fills loan_facts, then one cutover and one
#    rollback, with the backup phase and the rollback's restore step taken from their reports.
# Set DB_ROWS to 0 to skip part 2. Numbers for the README, not assertions; each part uses its own port.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
abaco="$repo/bin/abaco"
out="${ABACO_BENCH_DIR:-$repo/bench/out}"
runs="${1:-3}"
db_rows="${2:-1000000}"
db_url="${ABACO_BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
schema="bench_cutover_$$"
export PGOPTIONS="-c client_min_messages=warning"

[ -f "$repo/cli/target/abaco-cli.jar" ] || (cd "$repo" && ./mvnw -q -DskipTests package)
mkdir -p "$out"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# environment file of ENV in workspace WS on PORT; DB schema when given
environment() {
  local ws=$1 env=$2 port=$3 db=${4:-}
  {
    echo "pipeline:"
    echo "  output:"
    echo "    dir: data/metrics/$env"
    echo "    database:"
    if [ -n "$db" ]; then
      printf '      enabled: true\n      url: "%s"\n      user: postgres\n      schema: %s\n' "$db_url" "$db"
    else
      echo "      enabled: false"
    fi
    printf 'serve:\n  port: %s\ncutover:\n  v2:\n    health_url: http://127.0.0.1:%s/health\n' "$port" "$port"
  } > "$ws/config/environments/$env.yml"
}

stop_services() {
  "$abaco" -w "$1" service stop v2 >/dev/null 2>&1 || true
  "$abaco" -w "$1" service stop v1 >/dev/null 2>&1 || true
}

timed() { # prints the wall time of "$@" in seconds; fails if the command fails
  local start end
  start=$(now)
  "$@" >/dev/null 2>"$out/last-stderr.txt" || { echo "failed: $*" >&2; cat "$out/last-stderr.txt" >&2; return 1; }
  end=$(now)
  elapsed "$start" "$end"
}

# --- 1. demo workspace -----------------------------------------------------------------------------------------
demo="$out/cutover-demo"
rm -rf "$demo"
"$abaco" init "$demo" --seed 7 >/dev/null
environment "$demo" development "$(free_port)"
trap 'stop_services "$demo"; [ -n "${big:-}" ] && stop_services "$big"' EXIT
"$abaco" -w "$demo" pipeline run >/dev/null 2>&1
"$abaco" -w "$demo" service start v1 >/dev/null
echo "demo workspace (10000 rows, files only)"
printf '%-5s %-14s %-14s\n' run cutover_run_s rollback_s
for run in $(seq 1 "$runs"); do
  c=$(timed "$abaco" -w "$demo" cutover run)
  r=$(timed "$abaco" -w "$demo" rollback)
  printf '%-5s %-14s %-14s\n' "$run" "$c" "$r"
done
stop_services "$demo"

# --- 2. PostgreSQL, DB_ROWS rows -------------------------------------------------------------------------------
[ "$db_rows" -gt 0 ] || exit 0
big="$out/cutover-db-$db_rows"
rm -rf "$big"
"$abaco" init "$big" --rows "$db_rows" --seed 7 >/dev/null
psql -q "postgresql://postgres@127.0.0.1:5432/test" -c "CREATE SCHEMA $schema" >/dev/null
trap 'stop_services "$demo"; stop_services "$big"; psql -q "postgresql://postgres@127.0.0.1:5432/test" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null' EXIT
environment "$big" development "$(free_port)" "$schema"
fill=$(timed "$abaco" -w "$big" pipeline run)
rows=$(psql -At "postgresql://postgres@127.0.0.1:5432/test" -c "SELECT count(*) FROM $schema.loan_facts")
"$abaco" -w "$big" service start v1 >/dev/null
c=$(timed "$abaco" -w "$big" cutover run)
id=$(ls "$big/logs/cutover" | sort | tail -1)
backup_ms=$(jq '.duration_ms' "$big/logs/cutover/$id/01-backup.json")
backup_bytes=$(du -sb "$big/.rollback/$id" | cut -f1)
r=$(timed "$abaco" -w "$big" rollback)
restore_ms=$(jq '[.steps[] | select(.name == "restore") | .duration_ms] | add' "$big/logs/cutover/$id/rollback.json")
rollback_ms=$(jq '.duration_ms' "$big/logs/cutover/$id/rollback.json")
echo
echo "PostgreSQL output, loan_facts $rows rows (pipeline run to fill it: ${fill} s)"
printf '%-16s %s\n' cutover_run_s "$c" backup_phase_s "$(awk -v m="$backup_ms" 'BEGIN { printf "%.1f", m / 1000 }')" \
  backup_mb "$(awk -v b="$backup_bytes" 'BEGIN { printf "%.0f", b / 1048576 }')" \
  rollback_s "$r" "  in abaco" "$(awk -v m="$rollback_ms" 'BEGIN { printf "%.1f", m / 1000 }')" \
  "  restore step" "$(awk -v m="$restore_ms" 'BEGIN { printf "%.1f", m / 1000 }')"
