#!/usr/bin/env bash
# Benchmark: `abaco pipeline run` of this checkout against another build, run alternately on the same workspace, so
# both see the same machine. On a shared VM the speed drifts by ±20% within minutes; a figure from each build taken
# at different times says little, a pair taken together says which is faster.
#
#   bench/compare.sh OTHER_CHECKOUT [ROWS] [PAIRS]     default: 1000000 rows, 3 pairs
#
# OTHER_CHECKOUT is a built abaco tree (e.g. `git worktree add /tmp/base <rev> && (cd /tmp/base && ./mvnw -q
# -DskipTests package)`). Prints one line per run (wall, CPU = user + sys, max RSS) and the medians.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
other=${1:?usage: bench/compare.sh OTHER_CHECKOUT [ROWS] [PAIRS]}
rows=${2:-1000000}
pairs=${3:-3}
[ -x "$other/bin/abaco" ] || { echo "bench/compare.sh: $other/bin/abaco not found" >&2; exit 2; }

bench_build
"$other/bin/abaco" --version >/dev/null # let its CDS archive be made first, too
while [ -d "$other/cli/target/.abaco-cds.lock" ] || [ -d "$bench_repo/cli/target/.abaco-cds.lock" ]; do sleep 1; done
ws=$(bench_workspace "$rows")
"$abaco" -w "$ws" pipeline run >/dev/null 2>&1 || true # page cache warm for both
echo "abaco pipeline run, $rows rows, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load $(bench_load)"
samples=$(mktemp)
trap 'rm -f "$samples"' EXIT
for _ in $(seq "$pairs"); do
    for build in this other; do
        launcher=$abaco
        [ "$build" = other ] && launcher=$other/bin/abaco
        sleep 2
        /usr/bin/time -o "$samples.one" -f '%e %U %S %M' "$launcher" -w "$ws" pipeline run >"$bench_out/last.log" 2>&1
        read -r wall user sys rss <"$samples.one"
        echo "$build $wall $user $sys $rss" >>"$samples"
        awk -v b="$build" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
            'BEGIN {printf "%-6s wall %6.2f s  cpu %6.2f s  max rss %5.0f MB\n", b, w, u + s, r / 1024}'
    done
done
rm -f "$samples.one"
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
for build in this other; do
    wall=$(grep "^$build " "$samples" | awk '{print $2}' | median)
    cpu=$(grep "^$build " "$samples" | awk '{print $3 + $4}' | median)
    echo "$build: median wall $wall s, median cpu $cpu s ($pairs runs)"
done
