#!/usr/bin/env bash
# Benchmark of `sip check` on encrypted plans: generates a folder of realistic plans
# (examples/gen_plans/, 10,000 by default), builds release, and times `sip check` on the folder
# in clear text, then on the same plans encrypted (`sip encrypt --all` to a new age key) without a
# key and with it. Prints a Markdown table: the best of several runs of each (the machine is
# shared: the best run is the one least disturbed), and each as a multiple of the clear folder.
# Targets: without a key at most 1.3 × clear, with a key at most 2 ×.
#
#   bench/crypt.sh [--runs N] [--seed S] [--out FILE] [COUNT]
#
#   COUNT      plans in the folder (default 10000)
#   --runs N   runs of each case (default 3)
#   --seed S   seed of the generator (default 1)
#   --out FILE also write the table to FILE
#
# Also times `sip encrypt --all` on the clear folder and again on the encrypted one (where
# nothing is left to encrypt). Nothing in `cargo test` measures speed: this is it.
set -euo pipefail

RUNS=3
SEED=1
OUT=""
COUNT=10000
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS="$2"; shift ;;
        --seed) SEED="$2"; shift ;;
        --out) OUT="$2"; shift ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        [0-9]*) COUNT="$1" ;;
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
cargo build --release --quiet --bin sip --example gen_plans
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}/release"
SIP="$TARGET/sip"
GEN="$TARGET/examples/gen_plans"

# No key anywhere but where a case gives one.
export HOME="$WORK/home"
mkdir -p "$HOME"
unset XDG_CONFIG_HOME SIP_AGE_KEY_FILE SOPS_AGE_KEY_FILE SOPS_AGE_KEY

# Seconds of one run of a command (output thrown away; a non-zero exit is fine).
once() {
    local s e
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s.%N)
    awk -v s="$s" -v e="$e" 'BEGIN { printf "%.6f\n", e - s }'
}

# The best (least) seconds of RUNS runs, after one warm-up.
best() {
    "$@" >/dev/null 2>&1 || true
    local i
    for ((i = 0; i < RUNS; i++)); do once "$@"; done | sort -g | head -1
}

ms() { awk -v s="$1" 'BEGIN { printf "%.0f ms", s * 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "Genererar $COUNT planer ..." >&2
"$GEN" --out "$WORK/klar" --count "$COUNT" --seed "$SEED" --today "$TODAY" 2>/dev/null
RECIPIENT=$("$SIP" keys new -o "$WORK/nyckel.txt" 2>/dev/null)
cp -r "$WORK/klar" "$WORK/krypt"
printf '\n[kryptering]\nmottagare = ["%s"]\n' "$RECIPIENT" >>"$WORK/krypt/sip.toml"

echo "Krypterar ..." >&2
ENCRYPT=$(once env SIP_AGE_KEY_FILE="$WORK/nyckel.txt" "$SIP" -C "$WORK/krypt" encrypt --all)
AGAIN=$(best env SIP_AGE_KEY_FILE="$WORK/nyckel.txt" "$SIP" -C "$WORK/krypt" encrypt --all)

echo "Mäter ($RUNS körningar av varje) ..." >&2
CLEAR=$(best "$SIP" --today "$TODAY" check "$WORK/klar")
KEYLESS=$(best "$SIP" --today "$TODAY" check "$WORK/krypt")
KEYED=$(best env SIP_AGE_KEY_FILE="$WORK/nyckel.txt" "$SIP" --today "$TODAY" check "$WORK/krypt")

{
    echo "| \`sip check\`, $COUNT planer | tid (bästa av $RUNS) | mot klartext | mål |"
    echo "|---|---:|---:|---:|"
    echo "| i klartext | $(ms "$CLEAR") | 1.00 | |"
    echo "| krypterade, utan nyckel | $(ms "$KEYLESS") | $(ratio "$KEYLESS" "$CLEAR") | ≤ 1.3 |"
    echo "| krypterade, med nyckel | $(ms "$KEYED") | $(ratio "$KEYED" "$CLEAR") | ≤ 2 |"
    echo
    echo "\`sip encrypt --all\`: $(ms "$ENCRYPT") för $COUNT planer i klartext, $(ms "$AGAIN") när alla redan är krypterade."
    echo "$(nproc) kärnor, $(date +%F)."
} | tee "${OUT:-/dev/null}"
