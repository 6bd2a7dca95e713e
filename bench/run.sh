#!/usr/bin/env bash
# Benchmark of sip on large plan folders: generates 10,000 and 100,000 realistic plans
# (examples/gen_plans/), builds release, and measures `sip check`, `sip followups`, `sip list`,
# `sip stats` and `sip --version` against the one-core parse floor (examples/parse_floor.rs:
# reading and parsing the same files into YAML values on one thread). Prints a Markdown table:
# medians of several runs, the ratio to the floor (the median of the ratios of runs made in pairs,
# floor then command, so that a machine whose speed drifts does not tilt it), the growth from 10k
# to 100k plans and the peak
# memory (RSS) at the largest size; then `sip check` on the largest size with 10 % of the plans
# faulty (time and peak memory: a faulty file's text is kept only until its findings are printed);
# then the merge driver (`sip merge`) with 4,000 and 16,000 incoming items (linear in the size).
#
#   bench/run.sh [--quick] [--runs N] [--seed S] [--out FILE] [SMALL [LARGE]]
#
#   SMALL LARGE the two folder sizes (default 10000 100000)
#   --quick    only the small size
#   --runs N   pairs per measurement at the small size (default 10; the large gets half, at least 3)
#   --seed S   seed of the generator (default 1)
#   --out FILE also write the table to FILE
#
# Plan folders are timed with `date +%s.%N` around each run (a run takes a second or more);
# `sip --version` with hyperfine when installed (Debian: hyperfine). Peak memory comes from GNU
# time (Debian: time) when /usr/bin/time exists. Commands that are not built
# yet in this version are listed as missing. Nothing in `cargo test` measures speed: this is it.
set -euo pipefail

QUICK=0
RUNS=10
SEED=1
OUT=""
POSITIONAL=()
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) QUICK=1 ;;
        --runs) RUNS="$2"; shift ;;
        --seed) SEED="$2"; shift ;;
        --out) OUT="$2"; shift ;;
        -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
        [0-9]*) POSITIONAL+=("$1") ;;
        *) echo "okänt argument: $1" >&2; exit 2 ;;
    esac
    shift
done

TODAY=2026-05-01
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "Bygger (release) ..." >&2
cargo build --release --quiet --bin sip --example gen_plans --example parse_floor
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}/release"
SIP="$TARGET/sip"
GEN="$TARGET/examples/gen_plans"
FLOOR="$TARGET/examples/parse_floor"

HAVE_HYPERFINE=0
command -v hyperfine >/dev/null 2>&1 && HAVE_HYPERFINE=1
HAVE_TIME=0
[ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1 && HAVE_TIME=1

# median SECONDS of RUNS runs of a command line (words split on spaces: no paths with spaces).
median() {
    local runs="$1"; shift
    if [ "$HAVE_HYPERFINE" = 1 ]; then
        hyperfine -N --style none --warmup 1 --runs "$runs" -i \
            --export-json "$WORK/h.json" -- "$*" >/dev/null 2>&1
        grep -o '"median": *[0-9.e+-]*' "$WORK/h.json" | head -1 | sed 's/.*: *//'
    else
        "$@" >/dev/null 2>&1 || true
        local i s e
        for ((i = 0; i < runs; i++)); do
            s=$(date +%s.%N)
            "$@" >/dev/null 2>&1 || true
            e=$(date +%s.%N)
            awk -v s="$s" -v e="$e" 'BEGIN { printf "%.6f\n", e - s }'
        done | sort -g | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; print m }'
    fi
}

# Seconds of one run of a command (output thrown away; a non-zero exit is fine).
once() {
    local s e
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s.%N)
    awk -v s="$s" -v e="$e" 'BEGIN { printf "%.6f\n", e - s }'
}

# The median of the numbers on standard input.
med() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print ""; else print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# RUNS pairs of (the floor on DIR, then a command), after one warm-up of each. A shared machine
# drifts in speed over minutes, so the ratio is taken within each pair (the two runs are seconds
# apart) and the median of those ratios reported. Prints "median-command median-floor
# median-ratio" in seconds.
paired() {
    local runs="$1" dir="$2"; shift 2
    "$FLOOR" "$dir" >/dev/null 2>&1 || true
    "$@" >/dev/null 2>&1 || true
    local i f c
    : >"$WORK/pairs"
    for ((i = 0; i < runs; i++)); do
        f=$(once "$FLOOR" "$dir")
        c=$(once "$@")
        echo "$c $f" >>"$WORK/pairs"
    done
    echo "$(awk '{ print $1 }' "$WORK/pairs" | med) $(awk '{ print $2 }' "$WORK/pairs" | med) $(awk '{ print $1 / $2 }' "$WORK/pairs" | med)"
}

# Peak resident memory in MB of one run, or "–".
peak_mb() {
    if [ "$HAVE_TIME" = 1 ]; then
        { /usr/bin/time -v "$@" 2>&1 >/dev/null || true; } | awk '/Maximum resident/ { printf "%.0f", $NF / 1024 }'
    else
        printf '–'
    fi
}

ms() { awk -v s="$1" 'BEGIN { if (s == "") print "–"; else if (s < 0.1) printf "%.1f ms", s * 1000; else printf "%.0f ms", s * 1000 }'; }
two() { awk -v a="$1" 'BEGIN { if (a == "") print "–"; else printf "%.2f", a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "–"; else printf "%.2f", a / b }'; }

SMALL="${POSITIONAL[0]:-10000}"
LARGE="${POSITIONAL[1]:-100000}"
SIZES=("$SMALL")
[ "$QUICK" = 0 ] && SIZES+=("$LARGE")
for n in "${SIZES[@]}"; do
    echo "Genererar $n planer ..." >&2
    "$GEN" --out "$WORK/p$n" --count "$n" --seed "$SEED" --today "$TODAY" 2>/dev/null
done
BIG="${SIZES[-1]}"
echo "Genererar $BIG planer, 10 % med fel ..." >&2
"$GEN" --out "$WORK/faulty" --count "$BIG" --seed "$SEED" --today "$TODAY" --fault-rate 0.1 2>/dev/null

# The commands, by name; the folder is appended. Listing commands print JSON (as a CI job would).
NAMES=("sip check" "sip check --format json" "sip followups" "sip list" "sip stats")
declare -A ARGS=(
    ["sip check"]="check"
    ["sip check --format json"]="check --format json"
    ["sip followups"]="followups --format json"
    ["sip list"]="list --format json"
    ["sip stats"]="stats --format json"
)

# Which commands exist in this build (a command not built yet says so and exits 2).
MISSING=()
PRESENT=()
for name in "${NAMES[@]}"; do
    set +e
    # shellcheck disable=SC2086
    "$SIP" --lang en --today "$TODAY" -C "$WORK/p$SMALL" ${ARGS[$name]} >/dev/null 2>"$WORK/err"
    code=$?
    set -e
    if [ "$code" = 0 ]; then
        PRESENT+=("$name")
    elif grep -q "not available in this version" "$WORK/err"; then
        MISSING+=("$name")
    else
        PRESENT+=("$name")
        echo "varning: $name gick inte rent på en felfri mapp (slutkod $code): $(head -3 "$WORK/err")" >&2
    fi
done

declare -A T R
for n in "${SIZES[@]}"; do
    runs="$RUNS"
    [ "$n" -gt "$SMALL" ] && runs=$(( RUNS / 2 > 3 ? RUNS / 2 : 3 ))
    echo "Mäter $n planer ($runs par av golvet och kommandot) ..." >&2
    floors=()
    for name in "${PRESENT[@]}"; do
        # shellcheck disable=SC2086
        read -r c f r < <(paired "$runs" "$WORK/p$n" "$SIP" --today "$TODAY" -C "$WORK/p$n" ${ARGS[$name]})
        T["$name,$n"]="$c"
        R["$name,$n"]="$r"
        floors+=("$f")
    done
    T["floor,$n"]=$(printf '%s\n' "${floors[@]}" | med)
    R["floor,$n"]=1
done
VERSION_T=$(median $(( RUNS * 3 )) "$SIP" --version)
declare -A M
M[floor]=$(peak_mb "$FLOOR" "$WORK/p$BIG")
for name in "${PRESENT[@]}"; do
    # shellcheck disable=SC2086
    M["$name"]=$(peak_mb "$SIP" --today "$TODAY" -C "$WORK/p$BIG" ${ARGS[$name]})
done
M[version]=$(peak_mb "$SIP" --version)
# The faulty folder: exit 1 is expected.
FRUNS=$(( RUNS / 2 > 3 ? RUNS / 2 : 3 ))
for f in human json; do
    T["faulty,$f"]=$(median "$FRUNS" "$SIP" --today "$TODAY" -C "$WORK/faulty" check --format "$f")
    M["faulty,$f"]=$(peak_mb "$SIP" --today "$TODAY" -C "$WORK/faulty" check --format "$f")
done

# The merge driver: THEIRS appends N needs (each with a comment), OURS one after the same item.
# Each run merges into a fresh copy of OURS.
MB="$WORK/merge"
mkdir -p "$MB"
printf 'id: sip-2026-bench000\nstatus: pågående\n# Behoven.\nbehov:\n  - id: B1\n    beskrivning: Ett\n' >"$MB/base.yaml"
{ cat "$MB/base.yaml"; printf '  - id: B2\n    beskrivning: Vårt\n'; } >"$MB/ours.yaml"
printf '#!/bin/sh\ncp "%s/ours.yaml" "%s/out.yaml" && exec "%s" -q merge -- "%s/base.yaml" "%s/out.yaml" "%s/theirs$1.yaml" plan.yaml\n' \
    "$MB" "$MB" "$SIP" "$MB" "$MB" "$MB" >"$MB/merge.sh"
MERGE_SIZES=(4000 16000)
declare -A MT MS
for n in "${MERGE_SIZES[@]}"; do
    { cat "$MB/base.yaml"; awk -v n="$n" 'BEGIN { for (i = 2; i < n + 2; i++) printf "  - id: B%d\n    beskrivning: deras %d # notering\n", i, i }'; } >"$MB/theirs$n.yaml"
    MS[$n]=$(( $(wc -c <"$MB/theirs$n.yaml") / 1024 ))
    MT[$n]=$(median "$FRUNS" sh "$MB/merge.sh" "$n")
done

{
    echo "| kommando | $SMALL planer | mot golvet | $LARGE planer | mot golvet | stor/liten | minne (max RSS) |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    row() {
        local label="$1" key="$2" mem="$3"
        local a="${T[$key,$SMALL]:-}" b="${T[$key,$LARGE]:-}"
        echo "| $label | $(ms "$a") | $(two "${R[$key,$SMALL]:-}") | $(ms "$b") | $(two "${R[$key,$LARGE]:-}") | $(ratio "$b" "$a") | ${mem} MB |"
    }
    row "golvet: läsa + tolka YAML, 1 kärna" floor "${M[floor]}"
    for name in "${PRESENT[@]}"; do
        row "\`$name\`" "$name" "${M[$name]}"
    done
    echo "| \`sip --version\` | $(ms "$VERSION_T") | | | | | ${M[version]} MB |"
    echo
    echo "| $BIG planer, 10 % med fel | tid | minne (max RSS) |"
    echo "|---|---:|---:|"
    echo "| \`sip check\` | $(ms "${T[faulty,human]}") | ${M[faulty,human]} MB |"
    echo "| \`sip check --format json\` | $(ms "${T[faulty,json]}") | ${M[faulty,json]} MB |"
    echo
    echo "| \`sip merge\`: den andra lägger till | tid |"
    echo "|---|---:|"
    for n in "${MERGE_SIZES[@]}"; do
        echo "| $n behov (${MS[$n]} kB) | $(ms "${MT[$n]}") |"
    done
    echo
    echo "Median av $RUNS körningar ($(( RUNS / 2 > 3 ? RUNS / 2 : 3 )) på den stora mappen), $(nproc) kärnor, $(date +%F)."
    echo "*Mot golvet* är medianen av kvoten i par: golvet och kommandot körda direkt efter varandra."
    echo "Minnet är uppmätt på den största mappen ($BIG planer)."
    if [ "${#MISSING[@]}" -gt 0 ]; then
        echo "Finns inte ännu i den här versionen: $(printf '`%s`, ' "${MISSING[@]}" | sed 's/, $//')."
    fi
} | tee "${OUT:-/dev/null}"
