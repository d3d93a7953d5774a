#!/usr/bin/env bash
# The interrupted-run check: `propos extract --out-dir` over the tables of a
# previous run, stopped by Ctrl-C (SIGINT) and then killed (SIGKILL) half-way;
# each time the previous tables must be intact and readable, and the killed
# run's temporary files must be gone after the next run.
# Usage: scripts/interrupted_run.sh [PROPOS_BINARY]   (default: target/release/propos)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
propos=${1:-$root/target/release/propos}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$propos" bench --mb 40 --write big.jsonl >/dev/null 2>&1
"$propos" extract "$root/seeds" -q --out-dir tables
sha256sum tables/* >before.sha
python=${PYTHON:-$root/.venv/bin/python}
readable() {
    if "$python" -c "import pyarrow" 2>/dev/null; then
        "$python" - <<'PY'
import glob
import pyarrow.parquet as pq
for path in sorted(glob.glob("tables/*.parquet")):
    print(f"   {path}: {pq.read_table(path).num_rows} rows, read whole")
PY
    fi
    "$propos" report --tables tables --top 1 >/dev/null && echo "   propos report --tables tables: ok"
}
for signal in INT KILL; do
    "$propos" extract big.jsonl -q -j 1 --chunk-size 64 --out-dir tables &
    pid=$!
    sleep 3
    echo "== kill -$signal a run writing --out-dir over the previous tables (pid $pid)"
    echo "   hidden files while it writes: $(ls -A tables | grep '^\.' | tr '\n' ' ')"
    kill -s "$signal" "$pid"
    set +e; wait "$pid"; status=$?; set -e
    echo "   exit status $status"
    echo "   files left: $(ls -A tables | tr '\n' ' ')"
    if sha256sum --quiet -c before.sha; then echo "   previous tables: byte-identical"; else echo "   previous tables CHANGED"; exit 1; fi
    readable
done
echo "== the next run for the same tables (seeds) removes the killed run's temporary files"
"$propos" extract "$root/seeds" -q --out-dir tables
echo "   files left: $(ls -A tables | tr '\n' ' ')"
if ls -A tables | grep -q '\.tmp$'; then echo "   temporary files LEFT"; exit 1; fi
