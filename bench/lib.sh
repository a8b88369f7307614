# Shared by the bench/ scripts (sourced): timing of whole processes with /usr/bin/time.
# Nothing here is a test: the numbers are for README.md's "Performance" section, never assertions.

bench_repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
abaco="$bench_repo/bin/abaco"
bench_out="${ABACO_BENCH_DIR:-$bench_repo/bench/out}"

bench_build() {
    [ -f "$bench_repo/cli/target/abaco-cli.jar" ] || (cd "$bench_repo" && ./mvnw -q -DskipTests package)
    mkdir -p "$bench_out"
    # the launcher's CDS archive and DuckDB library copy are made in the background after a build: let that finish
    # first, or the first timings pay for it
    "$abaco" --version >/dev/null
    local waited=0
    while [ -d "$bench_repo/cli/target/.abaco-cds.lock" ] && [ $waited -lt 300 ]; do sleep 1; waited=$((waited + 1)); done
}

bench_load() { cut -d' ' -f1 /proc/loadavg; }

bench_header() {
    printf '%-28s %8s %8s %8s %8s %10s %8s %s\n' "$1" wall_s user_s sys_s cpu_s max_rss_mb load status
}

# bench_time LABEL REPEAT COMMAND... : runs COMMAND REPEAT times, prints the median run (by CPU = user + sys)
bench_time() {
    local label=$1 repeat=$2 samples rc=0 status=ok load
    shift 2
    samples=$(mktemp)
    load=$(bench_load)
    for _ in $(seq "$repeat"); do
        if ! /usr/bin/time -a -o "$samples" -f '%e %U %S %M' "$@" >"$bench_out/last.log" 2>&1; then rc=$?; fi
    done
    [ $rc -eq 0 ] || status="exit $rc (see $bench_out/last.log)"
    grep -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' "$samples" | awk '{print $2 + $3, $0}' | sort -n |
        awk -v label="$label" -v la="$load" -v status="$status" '{line[NR] = $0} END {
            split(line[int((NR + 1) / 2)], f, " ");
            printf "%-28s %8.2f %8.2f %8.2f %8.2f %10.0f %8s %s\n", label, f[2], f[3], f[4], f[1], f[5] / 1024, la, status
        }'
    rm -f "$samples"
}

# bench_workspace ROWS [DIR]: a workspace with a generated tape of ROWS rows (seed 7), made once
bench_workspace() {
    local rows=$1 ws=${2:-$bench_out/ws-$1}
    if [ ! -f "$ws/data/raw/loan_tape.csv" ] || [ "$(cat "$ws/.bench-rows" 2>/dev/null)" != "$rows" ]; then
        rm -rf "$ws"
        "$abaco" init "$ws" --rows "$rows" --seed 7 >/dev/null
        echo "$rows" >"$ws/.bench-rows"
    fi
    echo "$ws"
}
