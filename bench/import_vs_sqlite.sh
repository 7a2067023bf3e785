#!/usr/bin/env bash
# MixShift CSV import against SQLite's own CSV import, as whole processes.
#
#   bench/import_vs_sqlite.sh [--sqlite-only] [ROWS_FILE]
#
# Without ROWS_FILE, generates the 1,000,000-row long-layout file (bench/generate_long_csv.py) in a temporary
# directory. Then times, RUNS times each (default 3, taking turns), into a fresh database every run:
#   (a) sqlite3 NEW.db ".import --csv FILE t"
#   (b) $MIXSHIFT import FILE --db NEW.mixshift     (after an untimed `$MIXSHIFT init NEW.mixshift`)
# and prints both median wall times, the ratio import/sqlite (goal <= 1.0) and mixshift's peak RSS (goal < 150 MB).
#
# Environment: MIXSHIFT (default: build/app/mixshift in the repository), RUNS (default 3),
# MIXSHIFT_IMPORT_ARGS (extra words appended to the import command, default none), KEEP_TMP=1 to keep the
# temporary directory. Works from any current directory.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/.." && pwd)
# shellcheck source=common.sh
. "$script_dir/common.sh"
bench_name=import_vs_sqlite

usage() { sed -n '2,15s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

sqlite_only=0
rows_file=""
while [ $# -gt 0 ]; do
    case "$1" in
        --sqlite-only) sqlite_only=1 ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "import_vs_sqlite: unknown option $1" >&2; usage >&2; exit 2 ;;
        *)
            if [ -n "$rows_file" ]; then echo "import_vs_sqlite: only one ROWS_FILE" >&2; exit 2; fi
            rows_file=$1 ;;
    esac
    shift
done

runs=${RUNS:-3}
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then echo "import_vs_sqlite: RUNS must be a positive integer" >&2; exit 2; fi

mixshift=${MIXSHIFT:-$repo_root/build/app/mixshift}
# A relative path is relative to where we started; a bare name is looked up there, then in PATH.
case "$mixshift" in
    /*) ;;
    */*) mixshift=$PWD/$mixshift ;;
    *) if [ -e "$PWD/$mixshift" ]; then mixshift=$PWD/$mixshift
       elif command -v "$mixshift" > /dev/null 2>&1; then mixshift=$(command -v "$mixshift"); fi ;;
esac
read -r -a import_extra <<< "${MIXSHIFT_IMPORT_ARGS:-}"

need() { command -v "$1" > /dev/null 2>&1 || { echo "import_vs_sqlite: '$1' not found; $2" >&2; exit 2; }; }
need sqlite3 "install the sqlite3 package"
need python3 "install python3"
if [ "$sqlite_only" -eq 0 ] && [ ! -x "$mixshift" ]; then
    cat >&2 <<EOF
import_vs_sqlite: the MixShift binary is missing: $mixshift
Build it first (scripts/build, or cmake --build build), or point MIXSHIFT at it:
    MIXSHIFT=/path/to/mixshift $0 ${rows_file:+"$rows_file"}
To time only SQLite: $0 --sqlite-only ${rows_file:+"$rows_file"}
EOF
    exit 2
fi

bench_detect_gnu_time "timing with bash's time, no peak RSS"
bench_make_tmp mixshift-bench

if [ -z "$rows_file" ]; then
    rows_file=$tmp/long-1m.csv
    gen=(python3 "$script_dir/generate_long_csv.py" "$rows_file")
    echo "generating the benchmark file (not timed):"
    show "${gen[@]}"
    "${gen[@]}"
else
    [ -r "$rows_file" ] || { echo "import_vs_sqlite: cannot read $rows_file" >&2; exit 2; }
    rows_file=$(cd "$(dirname "$rows_file")" && pwd)/$(basename "$rows_file")
fi
data_rows=$(( $(wc -l < "$rows_file") - 1 ))
echo "file: $rows_file ($data_rows data rows, $(du -h "$rows_file" | cut -f1))"
cat "$rows_file" > /dev/null   # into the page cache, so run 1 does not pay for the disk

fail_hint=""

sqlite_run() {
    local db=$tmp/sqlite-$1.db got
    rm -f "$db"
    timed sqlite3 "$db" ".import --csv \"$rows_file\" t"
    sqlite_walls+=("$wall")
    got=$(sqlite3 "$db" "SELECT count(*) FROM t")
    [ "$got" -eq "$data_rows" ] || { echo "import_vs_sqlite: sqlite3 imported $got rows, expected $data_rows" >&2; exit 1; }
    rm -f "$db"
}

mixshift_run() {
    local project=$tmp/bench-$1.mixshift
    rm -f "$project" "$project-wal" "$project-shm"
    echo "(not timed)"
    show "$mixshift" init "$project"
    if ! "$mixshift" init "$project" > "$tmp/out" 2>&1; then
        echo "import_vs_sqlite: mixshift init failed; its output:" >&2
        sed 's/^/    /' "$tmp/out" >&2
        exit 1
    fi
    timed "$mixshift" import "$rows_file" --db "$project" ${import_extra[@]+"${import_extra[@]}"}
    mix_walls+=("$wall")
    mix_rss+=("${rss_kb:-}")
    if [ "$1" -eq "$runs" ]; then
        echo "(not timed; what the last run stored)"
        show "$mixshift" info --db "$project"
        "$mixshift" info --db "$project" 2>&1 | sed 's/^/    /' || true
    fi
    rm -f "$project" "$project-wal" "$project-shm"
}

sqlite_walls=()
mix_walls=()
mix_rss=()
fail_hint="(Is $mixshift built from a tree that has the 'import' command? Extra arguments go in MIXSHIFT_IMPORT_ARGS.)"
# The two take turns, so that a machine getting busier or quieter during the runs weighs on both alike.
for i in $(seq 1 "$runs"); do
    echo
    echo "== run $i of $runs: sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
    sqlite_run "$i"
    if [ "$sqlite_only" -eq 0 ]; then
        echo "== run $i of $runs: mixshift ($mixshift)"
        mixshift_run "$i"
    fi
done
sqlite_median=$(median "${sqlite_walls[@]}")

if [ "$sqlite_only" -eq 1 ]; then
    echo
    echo "sqlite3 .import median: $sqlite_median s for $data_rows rows (runs: ${sqlite_walls[*]})"
    echo "(--sqlite-only: MixShift not timed)"
    exit 0
fi

mix_median=$(median "${mix_walls[@]}")

echo
echo "== results ($data_rows rows, median of $runs runs)"
echo "sqlite3 .import:  $sqlite_median s   (runs: ${sqlite_walls[*]})"
echo "mixshift import:  $mix_median s   (runs: ${mix_walls[*]})"
awk -v m="$mix_median" -v s="$sqlite_median" 'BEGIN {
    if (s <= 0) { print "ratio import/sqlite: n/a (sqlite time is 0)"; exit }
    r = m / s; printf "ratio import/sqlite: %.2f   goal <= 1.0: %s\n", r, (r <= 1.0 ? "met" : "NOT met") }'
if [ "$have_gnu_time" -eq 1 ]; then
    peak_kb=$(printf '%s\n' "${mix_rss[@]}" | sort -n | tail -n 1)
    awk -v k="$peak_kb" 'BEGIN { mb = k / 1024;
        printf "mixshift peak RSS: %.1f MB (largest of the runs)   goal < 150 MB: %s\n", mb, (mb < 150 ? "met" : "NOT met") }'
else
    echo "mixshift peak RSS: not measured (install the 'time' package for /usr/bin/time -v)"
fi
