#!/usr/bin/env bash
# MixShift's import of a workbook sheet against the same rows as CSV, as whole processes.
#
#   bench/workbook_vs_csv.sh [ROWS]
#
# Writes ROWS (default 100,000) long-layout rows twice — as CSV and as one .xlsx sheet (by the fixture writer,
# tests/data/workbooks/make_workbooks.py: numbers as number cells, text as shared strings) — in two shapes: smooth
# (a provider's quarters in order) and noisy (rows shuffled, values with many digits). Then times, RUNS times each
# (default 3), `mixshift import` of each into a fresh project and prints median wall times, the ratio
# workbook/CSV and the peak RSS of each.
#
# Environment: MIXSHIFT (default: build/app/mixshift in the repository), RUNS (default 3), KEEP_TMP=1.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/.." && pwd)
# shellcheck source=common.sh
. "$script_dir/common.sh"

rows=${1:-100000}
runs=${RUNS:-3}
mixshift=${MIXSHIFT:-$repo_root/build/app/mixshift}
bench_detect_gnu_time "no peak RSS"
bench_make_tmp workbook_vs_csv

for shape in smooth noisy; do
    python3 - "$repo_root/tests/data/workbooks" "$tmp/$shape" "$rows" "$shape" <<'PY'
import csv, random, sys
sys.path.insert(0, sys.argv[1])
import make_workbooks as book
out, count, shape = sys.argv[2], int(sys.argv[3]), sys.argv[4]
rng = random.Random(7)
rows = []
for i in range(count):
    provider, quarter = divmod(i, 100)
    value = 1 + provider + quarter / 100 if shape == "smooth" else rng.uniform(0, 1e4)
    rows.append([f"P{provider}", "revenue", f"{2000 + quarter // 4}Q{quarter % 4 + 1}", value, "bn USD", "bench"])
if shape == "noisy":
    rng.shuffle(rows)
header = ["provider", "metric", "period", "value", "unit", "source"]
with open(out + ".csv", "w", newline="") as f:
    csv.writer(f).writerows([header] + rows)
book.SHEETS = [("Data", None, [header] + [[("n", c, None) if isinstance(c, float) else c for c in r] for r in rows])]
book.write_xlsx(out + ".xlsx")
PY
done

time_one() { # FILE → "seconds rss_kb"
    rm -f "$tmp/p.mixshift"
    "$mixshift" init "$tmp/p.mixshift" > /dev/null
    if [ "$have_gnu_time" = 1 ]; then
        /usr/bin/time -f '%e %M' -o "$tmp/time" "$mixshift" import "$1" --db "$tmp/p.mixshift" > /dev/null
        cat "$tmp/time"
    else
        local start end
        start=$(date +%s.%N); "$mixshift" import "$1" --db "$tmp/p.mixshift" > /dev/null; end=$(date +%s.%N)
        echo "$(echo "$end - $start" | bc) 0"
    fi
}

for shape in smooth noisy; do
    csv_times=(); book_times=(); csv_rss=0; book_rss=0
    for _ in $(seq "$runs"); do
        read -r t m < <(time_one "$tmp/$shape.csv"); csv_times+=("$t"); csv_rss=$m
        read -r t m < <(time_one "$tmp/$shape.xlsx"); book_times+=("$t"); book_rss=$m
    done
    c=$(median "${csv_times[@]}"); b=$(median "${book_times[@]}")
    printf '%s, %s rows: csv %ss (%s MB), xlsx %ss (%s MB), xlsx/csv %.2f\n' "$shape" "$rows" "$c" $((csv_rss / 1024)) \
        "$b" $((book_rss / 1024)) "$(echo "$b / $c" | bc -l)"
done
