#!/usr/bin/env bash
# MixShift's offscreen chart export against gnuplot drawing the same lines, as whole processes, on two shapes
# of data.
#
#   bench/chart_export_vs_gnuplot.sh
#
# For each shape — smooth (one random walk per provider) and noisy (white noise: every quarter drawn afresh,
# lines crossing everywhere) — generates 20 providers x revenue x 200 calendar quarters (1975Q1-2024Q4) as a
# long CSV for MixShift and a wide CSV for gnuplot, imports the long one into a new project (not timed), then
# times, RUNS times each (default 5), after one untimed warm-up run each:
#   (a) $MIXSHIFT export-chart --db P --series "Provider 01/revenue" ... (20 series) --kind line
#       --out mixshift.png --width 1600 --height 1000 --scale 1          (QT_QPA_PLATFORM=offscreen)
#   (b) gnuplot chart.gp   (pngcairo, or png without cairo: 1600x1000, 20 lines, title, axis labels, key)
# and prints both median wall times, the ratio mixshift/gnuplot per shape (goal <= 1.0), the PNGs' sizes.
# If $MIXSHIFT is missing or has no export-chart command, gnuplot is still timed, then the script stops (status 3).
#
# Environment: MIXSHIFT (default: build/app/mixshift in the repository), RUNS (default 5), KEEP_TMP=1 to keep
# the temporary directory (data, projects, the PNGs). Works from any current directory.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/.." && pwd)
# shellcheck source=common.sh
. "$script_dir/common.sh"
me=chart_export_vs_gnuplot

usage() { sed -n '2,19s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
case "${1:-}" in
    "") ;;
    -h|--help) usage; exit 0 ;;
    *) echo "$me: no arguments expected (settings go through the environment)" >&2; usage >&2; exit 2 ;;
esac

runs=${RUNS:-5}
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then echo "$me: RUNS must be a positive integer" >&2; exit 2; fi

mixshift=${MIXSHIFT:-$repo_root/build/app/mixshift}
# A relative path is relative to where we started; a bare name is looked up there, then in PATH.
case "$mixshift" in
    /*) ;;
    */*) if [ -d "$(dirname "$mixshift")" ]; then mixshift=$(cd "$(dirname "$mixshift")" && pwd)/$(basename "$mixshift")
         else mixshift=$PWD/$mixshift; fi ;;
    *) if [ -e "$PWD/$mixshift" ]; then mixshift=$PWD/$mixshift
       elif command -v "$mixshift" > /dev/null 2>&1; then mixshift=$(command -v "$mixshift"); fi ;;
esac

command -v python3 > /dev/null 2>&1 || { echo "$me: 'python3' not found; install python3" >&2; exit 2; }
if ! command -v gnuplot > /dev/null 2>&1; then
    cat >&2 <<EOF
$me: 'gnuplot' not found. Install it (no X11 needed) and run again:
    sudo apt-get install gnuplot-nox        # Debian, Ubuntu
EOF
    exit 2
fi
gnuplot_version=$(gnuplot --version 2>/dev/null || echo "gnuplot (version unknown)")
if gnuplot -e 'set terminal pngcairo' < /dev/null > /dev/null 2>&1; then
    gp_terminal=pngcairo
else
    gp_terminal=png
    echo "note: gnuplot has no pngcairo terminal; using png (libgd), which draws differently" >&2
fi

bench_detect_gnu_time "timing with bash's time"

# QT_QPA_PLATFORM=offscreen: no display needed, and nothing is shown.
export QT_QPA_PLATFORM=offscreen

width=1600
height=1000
providers=20
bench_make_tmp mixshift-chart-bench

# timed OUTFILE CMD... : runs CMD once as a whole process and sets wall (seconds). The command's own output
# goes to $tmp/out; a failure, or no OUTFILE afterwards, shows it and stops the script.
timed() {
    local outfile=$1 tf=$tmp/time.txt status=0
    shift
    rm -f "$outfile"
    if [ "$have_gnu_time" -eq 1 ]; then
        /usr/bin/time -f %e -o "$tf" "$@" > "$tmp/out" 2>&1 || status=$?
    else
        local TIMEFORMAT=%R
        { time "$@" > "$tmp/out" 2>&1 || status=$?; } 2> "$tf"
    fi
    if [ "$status" -ne 0 ] || [ ! -s "$outfile" ]; then
        if [ "$status" -ne 0 ]; then echo "$me: the command failed with status $status; its output:" >&2
        else echo "$me: the command exited 0 but wrote no $outfile; its output:" >&2; fi
        sed 's/^/    /' "$tmp/out" >&2
        exit 1
    fi
    wall=$(tail -n 1 "$tf")
    echo "    run: ${wall} s"
}

# timed_runs OUTFILE CMD... : RUNS timed runs of CMD; sets walls (each run's seconds) and median_wall.
timed_runs() {
    local outfile=$1
    shift
    walls=()
    for _ in $(seq 1 "$runs"); do
        timed "$outfile" "$@"
        walls+=("$wall")
    done
    median_wall=$(median "${walls[@]}")
}

# png_size FILE : "WIDTHxHEIGHT" from the PNG header, or a note why not.
png_size() {
    python3 - "$1" <<'PY'
import struct, sys
try:
    with open(sys.argv[1], "rb") as f:
        head = f.read(24)
except OSError as e:
    print("unreadable (%s)" % e.strerror); sys.exit()
if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
    print("not a PNG"); sys.exit()
print("%dx%d" % struct.unpack(">II", head[16:24]))
PY
}

# generate SHAPE LONG WIDE : the data (not timed), deterministic: a fixed-seed 64-bit LCG written out here, so
# the bytes do not depend on the Python version.
generate() {
    python3 - "$@" "$providers" <<'PY'
import sys

shape, long_path, wide_path, n_providers = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
first_year, n_quarters = 1975, 200
mask = (1 << 64) - 1
state = 20240701

def uniform():
    """Next number in [0, 1) from a 64-bit LCG (Knuth's MMIX constants), top 53 bits."""
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & mask
    return (state >> 11) / float(1 << 53)

names = ["Provider %02d" % (p + 1) for p in range(n_providers)]
periods = ["%dQ%d" % (first_year + q // 4, q % 4 + 1) for q in range(n_quarters)]
# x for gnuplot: decimal year at the middle of the quarter (1975Q1 -> 1975.125).
xs = ["%.3f" % (first_year + q / 4.0 + 0.125) for q in range(n_quarters)]

values = []  # values[p][q], as the text written to both files
for p in range(n_providers):
    level = 50.0 + 950.0 * uniform()            # million USD in 1975Q1
    column = []
    for q in range(n_quarters):
        if shape == "noisy":
            level = 50.0 + 950.0 * uniform()    # white noise: each quarter anywhere in 50..1000
        column.append("%.2f" % max(level, 0.01))
        if shape == "smooth":
            level *= 1.0 + (uniform() - 0.45) * 0.1   # -4.5% .. +5.5% a quarter, always positive
    values.append(column)

with open(long_path, "w", encoding="utf-8", newline="\n") as f:
    f.write("provider,metric,period,value,unit,currency,source\n")
    for p, name in enumerate(names):
        for q, period in enumerate(periods):
            f.write("%s,revenue,%s,%s,million,USD,Generated benchmark data\n" % (name, period, values[p][q]))

with open(wide_path, "w", encoding="utf-8", newline="\n") as f:
    f.write("year," + ",".join(names) + "\n")
    for q, x in enumerate(xs):
        f.write(x + "," + ",".join(values[p][q] for p in range(n_providers)) + "\n")
PY
}

# setup ARGS... : runs "$mixshift ARGS..." untimed, shows its output; a failure stops the script.
setup() {
    show "$mixshift" "$@"
    if ! "$mixshift" "$@" > "$tmp/out" 2>&1; then
        echo "$me: mixshift $1 failed; its output:" >&2
        sed 's/^/    /' "$tmp/out" >&2
        exit 1
    fi
    sed 's/^/    /' "$tmp/out"
}

# mix_state: ok, or why this mixshift cannot be timed (sets mix_message); check_mixshift runs the warm-up export.
mix_state=unchecked
if [ ! -x "$mixshift" ]; then
    mix_state=missing
    mix_message="the MixShift binary is missing: $mixshift
Build it first (scripts/build, or cmake --build build), or point MIXSHIFT at it: MIXSHIFT=/path/to/mixshift $0"
fi
check_mixshift() {
    local status=0
    "$@" > "$tmp/out" 2>&1 || status=$?
    if [ "$status" -eq 0 ]; then
        mix_state=ok
    elif [ "$status" -eq 2 ] || grep -qiE 'usage|unknown (option|command)|try mixshift --help' "$tmp/out"; then
        mix_state=no-export
        mix_message="mixshift answered the warm-up export-chart command printed above with a usage error (status $status):
$(sed 's/^/    /' "$tmp/out")
Compare the options this script passes with '$mixshift --help', or point MIXSHIFT at a binary that has export-chart."
    else
        echo "$me: mixshift export-chart failed with status $status; its output:" >&2
        sed 's/^/    /' "$tmp/out" >&2
        exit 1
    fi
}

summary=()
# bench_shape SHAPE : generates, sets up and times both programs on one shape of data.
bench_shape() {
    local shape=$1 dir=$tmp/$1
    mkdir -p "$dir"
    local long_csv=$dir/revenue-long.csv wide_csv=$dir/revenue-wide.csv
    echo
    echo "=================== $shape data: $providers providers x revenue x 200 quarters, 1975Q1-2024Q4"
    generate "$shape" "$long_csv" "$wide_csv"
    echo "long CSV: $long_csv ($(( $(wc -l < "$long_csv") - 1 )) data rows)"
    echo "wide CSV: $wide_csv ($(( $(wc -l < "$wide_csv") - 1 )) rows x $providers value columns)"

    # The gnuplot script: the same 20 lines, with a title, axis labels and a key, like the app's line chart.
    local gp_png=$dir/gnuplot.png gp_script=$dir/chart.gp
    {
        if [ "$gp_terminal" = pngcairo ]; then
            echo "set terminal pngcairo size $width,$height noenhanced font 'sans,10'"
        else
            echo "set terminal png size $width,$height noenhanced"
        fi
        cat <<EOF
set output '$gp_png'
set datafile separator comma
set title 'revenue, $providers providers, 1975Q1-2024Q4 (generated benchmark data)'
set xlabel 'year'
set ylabel 'revenue (million USD)'
set xrange [1975:2025]
set grid
set key outside right top vertical
plot for [i=2:$((providers + 1))] '$wide_csv' using 1:i with lines linewidth 1.5 title columnheader(i)
EOF
    } > "$gp_script"
    local gp_cmd=(gnuplot "$gp_script")
    echo "== gnuplot: $gnuplot_version, terminal $gp_terminal; 1 warm-up run (not timed), then $runs timed runs"
    sed 's/^/    /' "$gp_script"
    show "${gp_cmd[@]}"
    if ! "${gp_cmd[@]}" > "$tmp/out" 2>&1 || [ ! -s "$gp_png" ]; then
        echo "$me: gnuplot failed; its output:" >&2
        sed 's/^/    /' "$tmp/out" >&2
        exit 1
    fi
    timed_runs "$gp_png" "${gp_cmd[@]}"
    local gp_median=$median_wall
    echo "gnuplot ($shape): median $gp_median s   (runs: ${walls[*]})   $gp_png $(png_size "$gp_png")"

    local project=$dir/bench.mixshift mix_png=$dir/mixshift.png
    local mix_cmd=("$mixshift" export-chart --db "$project")
    for p in $(seq 1 "$providers"); do mix_cmd+=(--series "$(printf 'Provider %02d/revenue' "$p")"); done
    mix_cmd+=(--kind line --out "$mix_png" --width "$width" --height "$height" --scale 1)
    if [ "$mix_state" != missing ] && [ "$mix_state" != no-export ]; then
        echo "== mixshift project set-up (not timed)"
        setup init "$project"
        setup import "$long_csv" --db "$project"
        echo "== mixshift warm-up export (not timed)"
        show env QT_QPA_PLATFORM=offscreen "${mix_cmd[@]}"
        check_mixshift "${mix_cmd[@]}"
    fi
    if [ "$mix_state" != ok ]; then
        summary+=("$shape: gnuplot median $gp_median s; mixshift not timed")
        return
    fi
    echo "== mixshift ($mixshift): $runs timed runs (QT_QPA_PLATFORM=offscreen)"
    timed_runs "$mix_png" "${mix_cmd[@]}"
    local mix_median=$median_wall
    echo "mixshift ($shape): median $mix_median s   (runs: ${walls[*]})   $mix_png $(png_size "$mix_png")"
    for f in "$mix_png" "$gp_png"; do
        local size
        size=$(png_size "$f")
        [ "$size" = "${width}x${height}" ] || echo "note: $f is $size, not ${width}x${height}" >&2
    done
    summary+=("$(awk -v s="$shape" -v m="$mix_median" -v g="$gp_median" 'BEGIN {
        if (g <= 0) { printf "%s: ratio n/a (gnuplot time is 0)", s; exit }
        r = m / g; printf "%-6s  mixshift %.2f s  gnuplot %.2f s  ratio %.2f  goal <= 1.0: %s", s, m, g, r, (r <= 1.0 ? "met" : "NOT met") }')")
}

bench_shape smooth
bench_shape noisy

echo
echo "== results ($providers lines x 200 points, ${width}x${height} PNG, median of $runs runs; ratio = mixshift / gnuplot)"
printf '%s\n' "${summary[@]}"
if [ "$have_gnu_time" -eq 1 ]; then
    echo "note: /usr/bin/time -f %e counts in steps of 0.01 s: at a tenth of a second a ratio is good to about +-10%"
fi
[ "${KEEP_TMP:-0}" = 1 ] || echo "(the files above are deleted on exit; KEEP_TMP=1 keeps them)"
if [ "$mix_state" != ok ]; then
    echo "$me: mixshift not timed: $mix_message" >&2
    exit 3
fi
