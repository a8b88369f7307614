#!/usr/bin/env bash
# =============================================================================
#  DEMO STAND-IN FOR YOUR LEGACY (V1) PIPELINE -- not part of abaco itself.
#
#  `abaco init` ships this script so that the demo workspace has a "V1" to
#  shadow-compare against, stop during a cutover and roll back to. In a real
#  deployment, point `cutover.v1` in config/pipeline.yml at your own legacy
#  pipeline instead. Needs only bash, awk and coreutils.
#
#  v1_pipeline.sh run INPUT OUTPUT_DIR
#      Computes par_30, par_90, collection_rate and portfolio_health from the
#      CSV tape INPUT (columns found by name, in any order) and writes
#      OUTPUT_DIR/kpis.json and OUTPUT_DIR/loans.csv. Each file appears
#      complete or not at all (written to a temporary name, then renamed).
#
#  v1_pipeline.sh serve INPUT OUTPUT_DIR [INTERVAL_SECONDS]
#      Runs every INTERVAL_SECONDS (default 60) until SIGTERM or SIGINT.
#      While a run is in flight the busy file exists ($V1_BUSY_FILE, default
#      run/v1.busy next to this script). On SIGTERM a run in flight is
#      finished (or, if it is killed, abandoned without output), then the
#      service exits 0.
#
#  Limits: one record per line (no line breaks inside quoted CSV fields).
# =============================================================================
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TEMP_FILES=()

log() {
    printf '%s v1: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*"
}

usage() {
    echo "usage: v1_pipeline.sh run INPUT OUTPUT_DIR" >&2
    echo "       v1_pipeline.sh serve INPUT OUTPUT_DIR [INTERVAL_SECONDS]" >&2
    exit 2
}

cleanup() {
    if ((${#TEMP_FILES[@]})); then rm -f "${TEMP_FILES[@]}"; fi
    if [[ -n ${BUSY_FILE:-} ]]; then rm -f "$BUSY_FILE"; fi
}
trap cleanup EXIT

# The KPI definitions (par_30, par_90, collection_rate from column sums, rounded
# to 2 decimals; portfolio_health from the rounded values, clamped to [0, 10]).
KPI_PROGRAM=$(cat <<'AWK'
function trim(text) { gsub(/^[ \t"]+|[ \t"\r]+$/, "", text); return text }
function split_csv(line, fields,    count, position, character, value, quoted) {
    if (index(line, "\"") == 0) return split(line, fields, ",")
    count = 0; value = ""; quoted = 0
    for (position = 1; position <= length(line); position++) {
        character = substr(line, position, 1)
        if (quoted) {
            if (character == "\"" && substr(line, position + 1, 1) == "\"") { value = value "\""; position++ }
            else if (character == "\"") quoted = 0
            else value = value character
        } else if (character == "\"") quoted = 1
        else if (character == ",") { fields[++count] = value; value = "" }
        else value = value character
    }
    fields[++count] = value
    return count
}
function amount(fields, name,    text) {
    if (!(name in column)) return 0
    text = trim(fields[column[name]])
    return text == "" ? 0 : text + 0
}
function csv_text(text) {
    if (text ~ /[",]/) { gsub(/"/, "\"\"", text); return "\"" text "\"" }
    return text
}
NR == 1 {
    sub(/^\xef\xbb\xbf/, "")
    count = split_csv($0, header)
    for (i = 1; i <= count; i++) column[tolower(trim(header[i]))] = i
    split("measurement_date total_receivable_usd total_eligible_usd", required, " ")
    for (i = 1; i <= 3; i++) {
        if (!(required[i] in column)) {
            printf "v1: %s: missing column %s\n", FILENAME, required[i] > "/dev/stderr"
            failed = 1
            exit 2
        }
    }
    print "loan_id,measurement_date,total_receivable_usd,total_eligible_usd,cash_available_usd,dpd_90_plus_usd" > loans
    next
}
{
    sub(/\r$/, "")
    if ($0 ~ /^[ \t]*$/) next
    split_csv($0, fields)
    rows++
    receivable = amount(fields, "total_receivable_usd")
    eligible = amount(fields, "total_eligible_usd")
    cash = amount(fields, "cash_available_usd")
    late_30 = amount(fields, "dpd_30_60_usd") + amount(fields, "dpd_60_90_usd")
    late_90 = amount(fields, "dpd_90_plus_usd")
    sum_receivable += receivable; sum_eligible += eligible; sum_cash += cash
    sum_late_30 += late_30; sum_late_90 += late_90
    loan_id = ("loan_id" in column) ? trim(fields[column["loan_id"]]) : ""
    if (loan_id == "") loan_id = "agg_" rows
    printf "%s,%s,%.2f,%.2f,%.2f,%.2f\n", csv_text(loan_id), csv_text(trim(fields[column["measurement_date"]])),
        receivable, eligible, cash, late_90 > loans
}
END {
    if (failed) exit 2
    par_30 = sum_receivable > 0 ? (sum_late_30 + sum_late_90) / sum_receivable * 100 : 0
    par_90 = sum_receivable > 0 ? sum_late_90 / sum_receivable * 100 : 0
    collection_rate = sum_eligible > 0 ? sum_cash / sum_eligible * 100 : 0
    par_30 = sprintf("%.2f", par_30) + 0
    par_90 = sprintf("%.2f", par_90) + 0
    collection_rate = sprintf("%.2f", collection_rate) + 0
    health = 10 - par_30 / 10
    if (health < 0) health = 0
    health = health * (collection_rate / 10)
    if (health < 0) health = 0
    if (health > 10) health = 10
    printf "{\"par_30\": %.2f, \"par_90\": %.2f, \"collection_rate\": %.2f, \"portfolio_health\": %.15g}\n",
        par_30, par_90, collection_rate, health
}
AWK
)

run_once() {
    local input=$1 output_dir=$2
    if [[ ! -r $input ]]; then
        echo "v1: cannot read input $input" >&2
        return 2
    fi
    mkdir -p "$output_dir"
    local loans_temp="$output_dir/.v1-tmp-$$-loans.csv" kpis_temp="$output_dir/.v1-tmp-$$-kpis.json"
    TEMP_FILES=("$loans_temp" "$kpis_temp")
    local status=0
    LC_ALL=C awk -v loans="$loans_temp" "$KPI_PROGRAM" "$input" >"$kpis_temp" || status=$?
    if ((status != 0)); then
        rm -f "$loans_temp" "$kpis_temp"
        TEMP_FILES=()
        return "$status"
    fi
    # kpis.json last: a reader that sees the new kpis.json also sees the new loans.csv
    mv -f "$loans_temp" "$output_dir/loans.csv"
    mv -f "$kpis_temp" "$output_dir/kpis.json"
    TEMP_FILES=()
}

serve() {
    local input=$1 output_dir=$2 interval=${3:-60}
    BUSY_FILE=${V1_BUSY_FILE:-$SCRIPT_DIR/run/v1.busy}
    mkdir -p "$(dirname "$BUSY_FILE")"
    STOPPING=0
    SLEEP_PID=
    # bash runs this trap once the foreground awk has finished, so a run in flight completes
    trap 'STOPPING=1; if [[ -n $SLEEP_PID ]]; then kill "$SLEEP_PID" 2>/dev/null || true; fi' TERM INT
    log "serving (pid $$): input=$input output=$output_dir interval=${interval}s"
    while ((!STOPPING)); do
        printf 'pid=%s started_at=%s\n' "$$" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$BUSY_FILE"
        if run_once "$input" "$output_dir"; then
            log "run complete: $output_dir/kpis.json $(cat "$output_dir/kpis.json")"
        else
            log "run failed"
        fi
        rm -f "$BUSY_FILE"
        ((STOPPING)) && break
        sleep "$interval" &
        SLEEP_PID=$!
        wait "$SLEEP_PID" 2>/dev/null || true
        SLEEP_PID=
    done
    log "stopped"
}

case ${1:-} in
    run)
        (($# == 3)) || usage
        run_once "$2" "$3"
        ;;
    serve)
        (($# == 3 || $# == 4)) || usage
        [[ ${4:-60} =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "v1: INTERVAL_SECONDS must be a number, got '$4'" >&2; usage; }
        serve "$2" "$3" "${4:-60}"
        ;;
    *)
        usage
        ;;
esac
