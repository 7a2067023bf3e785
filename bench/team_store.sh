#!/usr/bin/env bash
# A team store (PostgreSQL) against a project file (SQLite): import speed, and opening and querying a store
# of 10,000,000 values.
#
#   bench/team_store.sh
#
# Starts a PostgreSQL server of its own in a temporary directory (tests/postgres/test-server), generates the
# 1,000,000-row long-layout file (bench/generate_long_csv.py), then times, RUNS times each (default 3, taking
# turns), into a new store every run:
#   (a) $MIXSHIFT import FILE --db NEW.mixshift               (after an untimed init)
#   (b) $MIXSHIFT import FILE --db postgresql://…/NEW          (after an untimed CREATE DATABASE and init)
# and prints both median wall times and the ratio (b)/(a) — goal <= 2.0. Then it grows the last store of each
# kind to 10,000,000 values (nine more copies of every series, in SQL; not timed) and runs team_store_queries
# on both: opening the store and reading what the browser shows — goal < 1 s on the server — and one series'
# values — goal < 20 ms.
#
# Environment: MIXSHIFT (default build/app/mixshift), QUERIES (default build/bench/team_store_queries; needs
# a build configured with -DMIXSHIFT_BUILD_BENCH=ON), RUNS (default 3), KEEP_TMP=1 keeps the temporary
# directory. Needs python3, sqlite3, psql and the PostgreSQL server (apt-get install postgresql).
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/.." && pwd)
# shellcheck source=common.sh
. "$script_dir/common.sh"
bench_name=team_store

mixshift=$(realpath "${MIXSHIFT:-$repo_root/build/app/mixshift}")
queries=$(realpath "${QUERIES:-$repo_root/build/bench/team_store_queries}")
runs=${RUNS:-3}
for tool in "$mixshift" "$queries"; do
    [ -x "$tool" ] || { echo "team_store: $tool is missing: build it (cmake -DMIXSHIFT_BUILD_BENCH=ON)" >&2; exit 2; }
done
for tool in python3 sqlite3 psql; do
    command -v "$tool" > /dev/null || { echo "team_store: $tool not found" >&2; exit 2; }
done

bench_detect_gnu_time "timing with bash's time, no peak RSS"
bench_make_tmp mixshift-team-store
server=$tmp/server
chmod a+rx "$tmp" # the server runs as another user when this runs as root
"$repo_root/tests/postgres/test-server" start "$server"
[ -f "$server/uri" ] || { echo "team_store: no PostgreSQL server binaries (apt-get install postgresql)" >&2; exit 2; }
trap '"$repo_root/tests/postgres/test-server" stop "$server"; if [ "${KEEP_TMP:-0}" = 1 ]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi' EXIT
admin=$(cat "$server/uri")

rows_file=$tmp/long-1m.csv
echo "generating the benchmark file (not timed):"
show python3 "$script_dir/generate_long_csv.py" "$rows_file"
python3 "$script_dir/generate_long_csv.py" "$rows_file"
cat "$rows_file" > /dev/null

quiet() { "$@" > "$tmp/out" 2>&1 || { echo "team_store: failed: $*" >&2; cat "$tmp/out" >&2; exit 1; }; }

file_walls=()
server_walls=()
for i in $(seq 1 "$runs"); do
    echo
    echo "== run $i of $runs: project file"
    file_store=$tmp/bench-$i.mixshift
    quiet "$mixshift" init "$file_store"
    timed "$mixshift" import "$rows_file" --db "$file_store"
    file_walls+=("$wall")
    echo "== run $i of $runs: team store"
    quiet psql -X -q "$admin" -c "CREATE DATABASE bench$i"
    server_store=${admin/@\/postgres\?/@\/bench$i?}
    quiet "$mixshift" init "$server_store"
    timed "$mixshift" import "$rows_file" --db "$server_store"
    server_walls+=("$wall")
    if [ "$i" -lt "$runs" ]; then
        rm -f "$file_store"*
        quiet psql -X -q "$admin" -c "DROP DATABASE bench$i"
    fi
done
file_median=$(median "${file_walls[@]}")
server_median=$(median "${server_walls[@]}")

# Nine more copies of every series (told apart by category) with all their values: 10,000,000 in all.
grow="
INSERT INTO series (provider_id, metric_id, market_id, category, currency)
  WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 9)
  SELECT provider_id, metric_id, market_id, 'copy ' || n, currency FROM series, k WHERE category = '';
INSERT INTO observation (series_id, period_start, period_end, value, qualifier, unit, original_text, note,
                         source_id, batch_id)
  SELECT c.id, o.period_start, o.period_end, o.value, o.qualifier, o.unit, o.original_text, o.note, o.source_id,
         o.batch_id
  FROM series c JOIN series s ON s.provider_id = c.provider_id AND s.metric_id = c.metric_id
                              AND s.currency = c.currency AND s.category = '' AND c.category <> ''
  JOIN observation o ON o.series_id = s.id;"
echo
echo "growing both stores to 10,000,000 values (not timed)"
quiet sqlite3 "$file_store" "$grow ANALYZE;"
quiet psql -X -q -v ON_ERROR_STOP=1 "$server_store" -c "$grow" -c "VACUUM ANALYZE"
echo "file:   $("$mixshift" info --db "$file_store" | grep -E '^(series|observations):' | tr '\n' ' ')"
echo "server: $("$mixshift" info --db "$server_store" | grep -E '^(series|observations):' | tr '\n' ' ')"

echo
show "$queries" "$file_store" "$server_store" --benchmark_min_time=1
"$queries" "$file_store" "$server_store" --benchmark_min_time=1 | tee "$tmp/queries.txt"

echo
echo "== results"
echo "import of $(( $(wc -l < "$rows_file") - 1 )) rows, median of $runs runs:"
echo "  project file: $file_median s   (runs: ${file_walls[*]})"
echo "  team store:   $server_median s   (runs: ${server_walls[*]})"
awk -v s="$server_median" -v f="$file_median" 'BEGIN { r = s / f;
    printf "  ratio team store/file: %.2f   goal <= 2.0: %s\n", r, (r <= 2.0 ? "met" : "NOT met") }'
awk '/^open_and_browse\/server/ { printf "open and browse, 10M values, team store: %s ms   goal < 1000 ms: %s\n", $2, ($2 < 1000 ? "met" : "NOT met") }
     /^one_series\/server/ { printf "one series, 10M values, team store: %s ms   goal < 20 ms: %s\n", $2, ($2 < 20 ? "met" : "NOT met") }
     /^open_and_browse\/file/ { printf "open and browse, 10M values, project file: %s ms (reference)\n", $2 }
     /^one_series\/file/ { printf "one series, 10M values, project file: %s ms (reference)\n", $2 }' "$tmp/queries.txt"
